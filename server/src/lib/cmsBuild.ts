import { spawnSync } from 'node:child_process'

export const cmsBuildTask = '@familienrathaus/cms#build'

/**
 * Whether turbo's cache holds the CMS build of the current sources (a dry run: nothing is built).
 * Unknown (turbo could not say) counts as not cached, which only changes the log line.
 */
export function isCmsBuildCached({ turbo, args, cwd, env }: { turbo: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }): boolean {
  const dry = spawnSync(process.execPath, [turbo, ...args, '--dry=json'], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (dry.status !== 0) return false
  try {
    const plan = JSON.parse(dry.stdout) as { tasks: { taskId: string; cache: { status: string } }[] }
    return plan.tasks.find((task) => task.taskId === cmsBuildTask)?.cache.status === 'HIT'
  } catch {
    return false
  }
}
