import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return htmlFiles(file)
    return name.endsWith('.html') ? [file] : []
  })
}

/** Every internal link and asset reference of a built site that points at nothing: "page.html → /target/". */
export function brokenInternalLinks(root: string): string[] {
  const broken: string[] = []
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8')
    for (const [, target] of html.matchAll(/(?:href|src|srcset|poster)="([^"]+)"/g)) {
      for (const candidate of target!.split(',').map((part) => part.trim().split(/\s+/)[0]!)) {
        if (!candidate.startsWith('/') || candidate.startsWith('//')) continue
        const pathname = decodeURIComponent(candidate.split(/[?#]/)[0]!)
        const resolved = path.join(root, pathname)
        const exists = pathname.endsWith('/') ? existsSync(path.join(resolved, 'index.html')) : existsSync(resolved)
        if (!exists) broken.push(`${path.relative(root, file)} → ${candidate}`)
      }
    }
  }
  return broken
}
