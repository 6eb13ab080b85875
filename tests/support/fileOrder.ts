import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The browser files share one running stack (support/sharedStack.ts): the ones that only read it
 * come first, and `newcomer` – which edits content and ends by stopping the stack – comes last.
 */
const browserFiles = ['e2e/browser/matcher.test.ts', 'e2e/browser/accessibility.test.ts', 'e2e/browser/newcomer.test.ts']

const rank = (spec: TestSpecification) => {
  const index = browserFiles.findIndex((name) => spec.moduleId.endsWith(name))
  return index === -1 ? -1 : index
}

export class BrowserFilesLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    return [...sorted.filter((spec) => rank(spec) === -1), ...sorted.filter((spec) => rank(spec) !== -1).sort((a, b) => rank(a) - rank(b))]
  }
}
