/**
 * What a family needs from a published Angebot, checked when a person publishes it (and for the seed
 * catalogue by `npm run check-catalogue`): each missing item with the field where the editor fixes it.
 * The Testfamilien's results are checked by checkEligibility; here only that there is one.
 */
export type ChecklistProblem = { path: string; message: string }

type Text = string | null | undefined
export type ChecklistAngebot = {
  title?: Text
  summary?: Text
  summaryLeichteSprache?: Text
  /** Rich text (Lexical JSON). */
  body?: unknown
  provider?: Text
  deadline?: Text
  kind?: Text
  steps?: { text?: Text }[] | null
  documents?: { text?: Text }[] | null
  costs?: Text
  kontakte?: unknown[] | null
  legalBasis?: Text
  eligibility?: { summary?: Text; testFamilies?: unknown[] | null } | null
}

/** Words that mark a text as not written yet (whole words, any case). */
const placeholderPatterns = [
  /\blorem ipsum\b/i,
  /\btodo\b/i,
  /\btbd\b/i,
  /\bxxx+\b/i,
  /\bplatzhalter\b/i,
  /\btext folgt\b/i,
  /\bnicht veröffentlichen\b/i,
  /\bbitte löschen\b/i,
  /\?\?\?/,
  /\bblabla\b/i,
]
export const isPlaceholder = (text: Text) => Boolean(text && placeholderPatterns.some((pattern) => pattern.test(text)))

/** The words of a rich text (Lexical JSON; the seed writes paragraphs as strings): every text node, in order. */
function richTextWords(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(richTextWords).join(' ')
  if (!value || typeof value !== 'object') return ''
  const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
  if (typeof node.text === 'string') return node.text
  return [node.root, ...(node.children ?? [])].map(richTextWords).filter(Boolean).join(' ')
}

const placeholderMessage = 'Hier steht noch Platzhaltertext. Bitte durch den Text ersetzen, den Familien lesen sollen.'

export function publishChecklist(angebot: ChecklistAngebot): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  const filled = (text: Text) => Boolean(text?.trim())
  if (isPlaceholder(angebot.title)) problems.push({ path: 'title', message: placeholderMessage })
  if (!filled(angebot.summary))
    problems.push({ path: 'summary', message: 'Bitte eine Kurzbeschreibung schreiben: Sie steht in der Suche und im Situations-Finder.' })
  else if (isPlaceholder(angebot.summary)) problems.push({ path: 'summary', message: placeholderMessage })
  const steps = (angebot.steps ?? []).filter((step) => filled(step.text))
  if (steps.length === 0)
    problems.push({
      path: 'steps',
      message:
        'Bitte unter „Antrag › Schritte“ mindestens einen Schritt angeben: Der erste ist der nächste Schritt, den der Situations-Finder der Familie nennt.',
    })
  else if (steps.some((step) => isPlaceholder(step.text))) problems.push({ path: 'steps', message: placeholderMessage })
  if ((angebot.documents ?? []).some((document) => isPlaceholder(document.text)))
    problems.push({ path: 'documents', message: placeholderMessage })
  // Every other text a family reads.
  const texts: [string, Text][] = [
    ['summaryLeichteSprache', angebot.summaryLeichteSprache],
    ['body', richTextWords(angebot.body)],
    ['provider', angebot.provider],
    ['deadline', angebot.deadline],
    ['costs', angebot.costs],
    ['eligibility.summary', angebot.eligibility?.summary],
  ]
  for (const [path, text] of texts) if (isPlaceholder(text)) problems.push({ path, message: placeholderMessage })
  if ((angebot.kontakte ?? []).length === 0)
    problems.push({ path: 'kontakte', message: 'Bitte mindestens eine Ansprechstelle verknüpfen: Familien müssen wissen, wer zuständig ist.' })
  if (angebot.kind === 'geldleistung' && !filled(angebot.legalBasis))
    problems.push({
      path: 'legalBasis',
      message: 'Bitte die Rechtsgrundlage angeben: Bei Geldleistungen muss nachvollziehbar sein, worauf der Anspruch beruht.',
    })
  if ((angebot.eligibility?.testFamilies ?? []).length === 0)
    problems.push({
      path: 'eligibility.testFamilies',
      message:
        'Bitte mindestens eine Testfamilie anlegen, für die das Angebot passt oder nicht passt: Sie prüft die Regel bei jeder Veröffentlichung.',
    })
  return problems
}
