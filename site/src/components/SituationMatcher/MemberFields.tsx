import type { Member } from '@familienrathaus/content-schemas'

import { ageFromMonths } from '@familienrathaus/content-schemas/matcher/evaluate'

import { useContext, useEffect, useRef, useState } from 'react'

import { Choice, NumberField } from './Fields.tsx'
import { memberLabel, memberName, type DraftMember } from './household.ts'
import {
  activityValues,
  adultRelationValues,
  childRelationValues,
  employmentValues,
  FinderLanguageContext,
  insuranceValues,
  labelled,
  maintenanceValues,
  pflegegradOptions,
  residenceValues,
  yesNo,
} from './labels.ts'

type Props = {
  member: DraftMember
  members: DraftMember[]
  update: (answers: Partial<DraftMember>) => void
  remove: () => void
  /** Just added: the first question takes the focus (and `focused` is called). */
  focusFirst?: boolean
  focused?: () => void
}

const later: (keyof Member)[] = [
  'relation',
  'residenceStatus',
  'healthInsurance',
  'maintenance',
  'sharedCare',
  'disability',
  'gdb',
  'pflegegrad',
  'livesInHousehold',
]

/** What a family can tell about one person; every answer but the age may stay "Weiß ich nicht". */
export function MemberFields({ member, members, update, remove, focusFirst, focused }: Props) {
  const language = useContext(FinderLanguageContext)
  const { person, options } = language.texts
  const yesNoOptions = yesNo(language)
  const isChild = member.role === 'child'
  const given = member.name?.trim()
  // "Lina" or „Kind 2“ in headings; "Lina" or "das Kind" inside questions.
  const name = memberLabel(language, member, members)
  const who = given || (isChild ? person.theChild : person.thePerson)
  const ageUnits = [
    [person.ageUnits.years, 1],
    [person.ageUnits.months, 12],
  ] as const
  const prefix = `fpm-${member.id}`
  // Open "Weitere Angaben" when it already holds answers (e.g. from a shared link); afterwards the family decides.
  const [moreOpen] = useState(() => later.some((key) => member[key] !== undefined))
  const bind = (key: keyof Member) => {
    const value = member[key]
    return {
      id: `${prefix}-${key}`,
      value: value === undefined || value === 'unknown' ? undefined : String(value),
      set: (answer?: string) =>
        update({
          [key]:
            answer === undefined
              ? undefined
              : answer === 'true'
                ? true
                : answer === 'false'
                  ? false
                  : /^\d+$/.test(answer)
                    ? Number(answer)
                    : answer,
        }),
    }
  }
  // Only the mother is protected after a birth (Mutterschutz, Mutterschaftsgeld): asked while a baby is in the household.
  const hasBaby = members.some((other) => other.role === 'child' && other.age !== undefined && other.age < 1 && other.livesInHousehold !== false)
  const first = useRef<HTMLFieldSetElement>(null)
  useEffect(() => {
    if (!focusFirst) return
    first.current?.querySelector<HTMLInputElement>('input')?.focus()
    focused?.()
  }, [focusFirst])
  const showHealth = member.disability === true || member.gdb !== undefined || (member.pflegegrad ?? 0) > 0

  return (
    <fieldset className="fp-matcher__person" id={prefix} ref={first}>
      <legend>{person.legend(name)}</legend>
      {/* Before the questions, so that Tab goes from this person's last answer on to the next person or question. */}
      <button type="button" className="fp-button fp-button--secondary fp-matcher__remove" onClick={remove}>
        {person.remove(given || memberName(language, member, members))}
      </button>
      <NumberField
        id={`${prefix}-age`}
        label={person.age}
        value={member.age}
        min={0}
        max={120}
        required
        units={isChild ? ageUnits : undefined}
        hint={isChild ? person.ageHintChild : person.ageHintAdult}
        // An age typed in months stands for that month (the engine reads a whole number of years as a year).
        set={(age, factor) => age !== undefined && update({ age: factor === 12 ? ageFromMonths(age * 12) : age })}
      />
      <div className="fp-matcher__field">
        <label htmlFor={`${prefix}-name`}>{person.name}</label>
        <p className="fp-matcher__hint" id={`${prefix}-name-hinweis`}>
          {person.nameHint}
        </p>
        <input
          id={`${prefix}-name`}
          type="text"
          maxLength={40}
          autoComplete="off"
          value={member.name ?? ''}
          aria-describedby={`${prefix}-name-hinweis`}
          onChange={(event) => update({ name: event.target.value || undefined })}
        />
      </div>
      {isChild ? (
        <>
          <Choice {...bind('activity')} label={person.activity(who)} options={labelled(activityValues, options.activity)} />
          {(member.age ?? 0) >= 15 && <Choice {...bind('startingStudies')} radio label={person.startingStudies} options={yesNoOptions} />}
        </>
      ) : (
        <>
          <Choice {...bind('employment')} label={person.employment} options={labelled(employmentValues, options.employment)} />
          {hasBaby && <Choice {...bind('gaveBirth')} radio label={person.gaveBirth(who)} hint={person.gaveBirthHint} options={yesNoOptions} />}
        </>
      )}
      <details className="fp-matcher__more" open={moreOpen}>
        <summary>{person.more(name)}</summary>
        {/* Unanswered, the engine reads an own child and a parent (household v1): asked only for other families. */}
        {isChild ? (
          <Choice
            {...bind('relation')}
            label={person.childRelation(who)}
            hint={person.childRelationHint}
            options={labelled(childRelationValues, options.childRelation)}
          />
        ) : (
          <Choice
            {...bind('relation')}
            label={person.adultRelation}
            hint={person.adultRelationHint}
            options={labelled(adultRelationValues, options.adultRelation)}
          />
        )}
        {isChild ? (
          <>
            <Choice {...bind('maintenance')} label={person.maintenance} options={labelled(maintenanceValues, options.maintenance)} />
            <Choice {...bind('sharedCare')} radio label={person.sharedCare} options={yesNoOptions} />
          </>
        ) : (
          <>
            <Choice {...bind('residenceStatus')} label={person.residence} options={labelled(residenceValues, options.residence)} />
            <Choice {...bind('healthInsurance')} radio label={person.insurance} options={labelled(insuranceValues, options.insurance)} />
          </>
        )}
        <Choice {...bind('disability')} radio label={person.disability} options={yesNoOptions} />
        {showHealth && (
          <>
            <NumberField
              id={`${prefix}-gdb`}
              label={person.gdb}
              value={member.gdb}
              min={0}
              max={100}
              whole
              hint={person.gdbHint}
              set={(gdb) => update({ gdb })}
            />
            <Choice {...bind('pflegegrad')} label={person.pflegegrad} options={pflegegradOptions(language)} />
          </>
        )}
        <Choice
          {...bind('livesInHousehold')}
          radio
          label={isChild ? person.livesInHouseholdChild : person.livesInHouseholdAdult}
          hint={isChild ? person.livesInHouseholdChildHint : undefined}
          options={yesNoOptions}
        />
      </details>
    </fieldset>
  )
}
