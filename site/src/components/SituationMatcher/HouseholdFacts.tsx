import type { Benefit, Household } from '@familienrathaus/content-schemas'

import { benefitLabels } from '@familienrathaus/content-schemas/matcher/describe'

import { Choice } from './Fields.tsx'
import { incomeOptions, yesNoOptions } from './labels.ts'

type Props = {
  household: Household
  update: (answers: Partial<Household>) => void
}

const flags = [
  ['livesInHamm', 'Wohnen Sie in Hamm?', undefined],
  ['movedToHammRecently', 'Sind Sie in den letzten zwölf Monaten nach Hamm gezogen?', undefined],
  ['singleParent', 'Erziehen Sie Ihre Kinder allein?', 'Ohne Partnerin oder Partner in Ihrem Haushalt.'],
] as const

/** What concerns the whole household: where it lives, single parent, income band, benefits already received. */
export function HouseholdFacts({ household, update }: Props) {
  const { receives } = household
  const toggle = (benefit: Benefit, checked: boolean) => {
    const list = (receives ?? []).filter((other) => other !== benefit)
    if (checked) list.push(benefit)
    update({ receives: list.length > 0 ? list : undefined })
  }
  return (
    <fieldset className="fp-matcher__facts">
      <legend>Ihr Haushalt im Ganzen</legend>
      {flags.map(([key, label, hint]) => (
        <Choice
          key={key}
          id={`fpm-${key}`}
          radio
          label={label}
          hint={hint}
          options={yesNoOptions}
          value={household[key] === undefined ? undefined : String(household[key])}
          set={(answer) => update({ [key]: answer === undefined ? undefined : answer === 'true' })}
        />
      ))}
      <Choice
        id="fpm-income"
        radio
        label="Wie ist Ihr Einkommen?"
        hint="Gemeint ist das Geld aus Arbeit, das Ihr Haushalt verdient."
        options={incomeOptions}
        value={household.income === 'unknown' ? undefined : household.income}
        set={(income) => update({ income: income as Household['income'] })}
      />
      <fieldset className="fp-matcher__field fp-matcher__radios" aria-describedby="fpm-receives-hinweis">
        <legend>Welche Leistungen bekommt jemand in Ihrem Haushalt schon?</legend>
        <p className="fp-matcher__hint" id="fpm-receives-hinweis">
          Kreuzen Sie alles an, was zutrifft. Wenn Sie nichts ankreuzen, heißt das: Weiß ich nicht.
        </p>
        {(Object.entries(benefitLabels) as [Benefit, string][]).map(([benefit, label]) => (
          <label key={benefit} className="fp-matcher__choice">
            <input type="checkbox" checked={receives?.includes(benefit) ?? false} onChange={(event) => toggle(benefit, event.target.checked)} />{' '}
            {label}
          </label>
        ))}
        <label className="fp-matcher__choice">
          <input
            type="checkbox"
            checked={receives?.length === 0}
            onChange={(event) => update({ receives: event.target.checked ? [] : undefined })}
          />{' '}
          Keine dieser Leistungen
        </label>
      </fieldset>
    </fieldset>
  )
}
