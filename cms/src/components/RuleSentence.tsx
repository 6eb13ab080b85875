'use client'
import { useFormFields } from '@payloadcms/ui'
import React, { useMemo } from 'react'

import { decodeHousehold, evaluateHousehold, ruleSentence, rulesSchema } from '@familienrathaus/content-schemas'

import { fitLabels, readsRuleFormPath, ruleFormValues, tryRule } from '../lib/tryRule.ts'

/**
 * Beside the rule blocks: the rule as one German sentence, and what the Testfamilien get from it –
 * live while the editor changes the blocks, before anything is saved.
 */
export function RuleSentence() {
  // Only the rule, the Testfamilien and the title, as one string: typing elsewhere in the form
  // (the long description) neither re-renders this box nor evaluates anything again.
  const snapshot = useFormFields(([state]) =>
    JSON.stringify(
      Object.entries(state)
        .filter(([path]) => readsRuleFormPath(path))
        .map(([path, { value, disableFormData }]) => [path, { value, disableFormData }]),
    ),
  )
  const values = useMemo(() => ruleFormValues(Object.fromEntries(JSON.parse(snapshot) as [string, { value?: unknown }][])), [snapshot])
  const rules = values.rules
  const tried = useMemo(
    () =>
      tryRule({
        title: values.title,
        rules: values.rules,
        families: values.families,
        parse: (blocks) => rulesSchema.safeParse(blocks),
        decode: decodeHousehold,
        evaluate: evaluateHousehold,
      }),
    [values],
  )
  return (
    <section
      aria-labelledby="fp-rule-sentence"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: '0.75rem 1rem', margin: '0 0 1.5rem' }}
    >
      <h3 id="fp-rule-sentence" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        Die Regel in Worten
      </h3>
      <p aria-live="polite" style={{ margin: 0 }} data-rule-sentence>
        {ruleSentence(rules)}
      </p>
      <h3 style={{ margin: '1rem 0 0.5rem', fontSize: '1rem' }}>So ergeht es Ihren Testfamilien</h3>
      {tried.problem ? (
        <p style={{ margin: 0 }}>{tried.problem}</p>
      ) : tried.results.length === 0 ? (
        <p style={{ margin: 0 }}>Noch keine Testfamilie. Legen Sie unten eine an, um die Regel an einem Haushalt auszuprobieren.</p>
      ) : (
        <ul aria-live="polite" style={{ margin: 0, paddingLeft: '1.25rem' }} data-rule-tried>
          {tried.results.map((result, index) => (
            <li key={index}>
              <strong>{result.name}</strong>:{' '}
              {result.error ?? (
                <>
                  {fitLabels[result.actual!]}
                  {result.expected && result.expected !== result.actual ? ` – erwartet war „${fitLabels[result.expected]}“` : ' ✓'}
                  {result.reasons.length > 0 ? `. ${result.reasons.join(' ')}` : ''}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p style={{ margin: '0.5rem 0 0', fontSize: '0.9em' }}>
        Vorschau ohne Speichern, nur mit diesem Angebot. Beim Veröffentlichen prüft das System die Testfamilien zusammen mit allen anderen
        veröffentlichten Angeboten (z. B. „Bezieht schon …“).
      </p>
    </section>
  )
}
