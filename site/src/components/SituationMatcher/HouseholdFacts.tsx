import type { Benefit, Member } from '@familienrathaus/content-schemas'

import { useContext, useState } from 'react'

import { Choice, NumberField } from './Fields.tsx'
import { sharedAnswer, type DraftHousehold, type DraftMember, type HouseholdWideAnswer } from './household.ts'
import { benefitsOffered, FinderLanguageContext, incomeValues, labelled, residenceValues, yesNo } from './labels.ts'

type Props = {
  household: DraftHousehold
  update: (answers: Partial<DraftHousehold>) => void
  /** "Ja" to "expecting a baby?": the baby becomes a figure of its own, whose questions follow. */
  addExpected: () => void
  /**
   * A household-wide answer to a question (by its name): given to every person it concerns who has
   * not answered it yet, and to people added later; the question's earlier answer is taken back where nobody changed it since.
   */
  answerForAll: (question: string, answer?: HouseholdWideAnswer) => void
}

const noCareOrDisability: HouseholdWideAnswer = { answers: { disability: false, pflegegrad: 0 }, roles: ['adult', 'child'] }

/**
 * The household's answer to "anyone with a disability or care grade?", read from the people: yes
 * when someone has one, no when everybody said no, open otherwise.
 */
export function careOrDisabilityOf(members: DraftMember[]): boolean | undefined {
  if (members.some((member) => member.disability === true || (member.pflegegrad ?? 0) > 0)) return true
  if (members.length > 0 && members.every((member) => member.disability === false && member.pflegegrad !== undefined)) return false
  return undefined
}

const flags = ['livesInHamm', 'movedToHammRecently', 'singleParent'] as const
/** Euros per month for the estimates; an empty field is „Weiß ich nicht“. */
const moneyFacts = ['netIncome', 'housingCosts', 'maintenanceReceived'] as const

/** What concerns the whole household: where it lives, single parent, income band, benefits already received, its money figures. */
export function HouseholdFacts({ household, update, addExpected, answerForAll }: Props) {
  const language = useContext(FinderLanguageContext)
  // The household's own answer until a person's answers say more; "Nein" can be taken back.
  const [answer, setAnswer] = useState<boolean | undefined>(undefined)
  // The adults' residence as the household answered it, until the people's own answers agree or differ.
  const [residenceAnswer, setResidenceAnswer] = useState<string>()
  const residence = sharedAnswer(household.members, 'adult', 'residenceStatus') ?? residenceAnswer
  const careOrDisability = careOrDisabilityOf(household.members) === true ? true : (answer ?? careOrDisabilityOf(household.members))
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
      {(household.expected?.length ?? 0) > 0 ? (
        <p className="fp-matcher__field">{facts.expectingShown}</p>
      ) : (
        <Choice
          id="fpm-expecting"
          radio
          label={facts.expecting}
          options={yesNo(language)}
          value={household.expecting === false ? 'false' : undefined}
          set={(value) => (value === 'true' ? addExpected() : update({ expecting: value === 'false' ? false : undefined }))}
        />
      )}
      <Choice
        id="fpm-careOrDisability"
        radio
        label={facts.careOrDisability}
        hint={facts.careOrDisabilityHint}
        options={yesNo(language)}
        value={careOrDisability === undefined ? undefined : String(careOrDisability)}
        set={(value) => {
          const said = value === undefined ? undefined : value === 'true'
          answerForAll('careOrDisability', said === false ? noCareOrDisability : undefined)
          setAnswer(said)
        }}
      />
      <Choice
        id="fpm-residence"
        label={facts.residence}
        hint={facts.residenceHint}
        options={labelled(residenceValues, options.residence)}
        value={residence === 'unknown' ? undefined : residence}
        set={(value) => {
          answerForAll('residence', value ? { answers: { residenceStatus: value as Member['residenceStatus'] }, roles: ['adult'] } : undefined)
          setResidenceAnswer(value)
        }}
      />
      <Choice
        id="fpm-income"
        radio
        label={facts.income}
        hint={facts.incomeHint}
        options={labelled(incomeValues, options.income)}
        value={household.income === 'unknown' ? undefined : household.income}
        set={(income) => update({ income: income as DraftHousehold['income'] })}
      />
      <fieldset className="fp-matcher__field fp-matcher__radios" aria-describedby="fpm-receives-hinweis">
        <legend>{facts.receives}</legend>
        <p className="fp-matcher__hint" id="fpm-receives-hinweis">
          {facts.receivesHint}
        </p>
        {benefitsOffered.map((benefit) => (
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
      <fieldset className="fp-matcher__field" aria-describedby="fpm-money-hinweis">
        <legend>{facts.money}</legend>
        <p className="fp-matcher__hint" id="fpm-money-hinweis">
          {facts.moneyHint}
        </p>
        {moneyFacts
          .filter((key) => key !== 'maintenanceReceived' || household.members.some((member) => member.role === 'child'))
          .map((key) => (
            <NumberField
              key={key}
              id={`fpm-${key}`}
              label={facts[key]}
              hint={key === 'maintenanceReceived' ? undefined : facts[`${key}Hint`]}
              value={household[key]}
              min={0}
              max={100_000}
              set={(value) => update({ [key]: value })}
            />
          ))}
      </fieldset>
    </fieldset>
  )
}
