import type { Benefit, Household } from '@familienrathaus/content-schemas'

import { useContext } from 'react'

import { Choice } from './Fields.tsx'
import { benefitValues, FinderLanguageContext, incomeValues, labelled, yesNo } from './labels.ts'

type Props = {
  household: Household
  update: (answers: Partial<Household>) => void
}

const flags = ['livesInHamm', 'movedToHammRecently', 'singleParent'] as const

/** What concerns the whole household: where it lives, single parent, income band, benefits already received. */
export function HouseholdFacts({ household, update }: Props) {
  const language = useContext(FinderLanguageContext)
  const { facts, options } = language.texts
  const { receives } = household
  const toggle = (benefit: Benefit, checked: boolean) => {
    const list = (receives ?? []).filter((other) => other !== benefit)
    if (checked) list.push(benefit)
    update({ receives: list.length > 0 ? list : undefined })
  }
  return (
    <fieldset className="fp-matcher__facts">
      <legend>{facts.legend}</legend>
      {flags.map((key) => (
        <Choice
          key={key}
          id={`fpm-${key}`}
          radio
          label={facts[key]}
          hint={key === 'singleParent' ? facts.singleParentHint : undefined}
          options={yesNo(language)}
          value={household[key] === undefined ? undefined : String(household[key])}
          set={(answer) => update({ [key]: answer === undefined ? undefined : answer === 'true' })}
        />
      ))}
      <Choice
        id="fpm-income"
        radio
        label={facts.income}
        hint={facts.incomeHint}
        options={labelled(incomeValues, options.income)}
        value={household.income === 'unknown' ? undefined : household.income}
        set={(income) => update({ income: income as Household['income'] })}
      />
      <fieldset className="fp-matcher__field fp-matcher__radios" aria-describedby="fpm-receives-hinweis">
        <legend>{facts.receives}</legend>
        <p className="fp-matcher__hint" id="fpm-receives-hinweis">
          {facts.receivesHint}
        </p>
        {benefitValues.map((benefit) => (
          <label key={benefit} className="fp-matcher__choice">
            <input type="checkbox" checked={receives?.includes(benefit) ?? false} onChange={(event) => toggle(benefit, event.target.checked)} />{' '}
            {language.phrases.benefits[benefit]}
          </label>
        ))}
        <label className="fp-matcher__choice">
          <input
            type="checkbox"
            checked={receives?.length === 0}
            onChange={(event) => update({ receives: event.target.checked ? [] : undefined })}
          />{' '}
          {facts.receivesNone}
        </label>
      </fieldset>
    </fieldset>
  )
}
