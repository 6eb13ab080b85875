import type { Member } from '@familienrathaus/content-schemas'

import { useState } from 'react'

import { Choice, NumberField } from './Fields.tsx'
import { memberName } from './household.ts'
import {
  activityOptions,
  adultRelationOptions,
  childRelationOptions,
  employmentOptions,
  insuranceOptions,
  maintenanceOptions,
  pflegegradOptions,
  residenceOptions,
  yesNoOptions,
} from './labels.ts'

type Props = {
  member: Member
  members: Member[]
  update: (answers: Partial<Member>) => void
  remove: () => void
}

const ageUnits = [
  ['Jahren', 1],
  ['Monaten', 12],
] as const
const later: (keyof Member)[] = ['residenceStatus', 'healthInsurance', 'maintenance', 'sharedCare', 'disability', 'gdb', 'pflegegrad', 'livesInHousehold']

/** What a family can tell about one person; every answer but the age may stay "Weiß ich nicht". */
export function MemberFields({ member, members, update, remove }: Props) {
  const isChild = member.role === 'child'
  const given = member.name?.trim()
  // "Lina" or „Kind 2“ in headings; "Lina" or "das Kind" inside questions.
  const name = given || `„${memberName(member, members)}“`
  const who = given || (isChild ? 'das Kind' : 'die Person')
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
          [key]: answer === undefined ? undefined : answer === 'true' ? true : answer === 'false' ? false : /^\d+$/.test(answer) ? Number(answer) : answer,
        }),
    }
  }
  const showHealth = member.disability === true || member.gdb !== undefined || member.pflegegrad !== undefined

  return (
    <fieldset className="fp-matcher__person" id={prefix}>
      <legend>Angaben zu {name}</legend>
      <div className="fp-matcher__field">
        <label htmlFor={`${prefix}-name`}>Vorname (freiwillig)</label>
        <p className="fp-matcher__hint" id={`${prefix}-name-hinweis`}>
          Nur damit die Erklärungen leichter zu lesen sind.
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
      <NumberField
        id={`${prefix}-age`}
        label="Alter"
        value={member.age}
        min={0}
        max={120}
        required
        units={isChild ? ageUnits : undefined}
        hint={isChild ? 'Bei Babys am besten in Monaten.' : 'In Jahren.'}
        set={(age) => age !== undefined && update({ age })}
      />
      {isChild ? (
        <>
          <Choice {...bind('relation')} label={`Wie gehört ${who} zu Ihnen?`} options={childRelationOptions} />
          <Choice {...bind('activity')} label={`Was macht ${who} gerade?`} options={activityOptions} />
          {member.age >= 15 && (
            <Choice {...bind('startingStudies')} radio label="Beginnt bald (in den nächsten 6 Monaten) ein erstes Studium?" options={yesNoOptions} />
          )}
        </>
      ) : (
        <>
          <Choice {...bind('relation')} label="Rolle in der Familie" options={adultRelationOptions} />
          <Choice {...bind('employment')} label="Arbeit und Ausbildung" options={employmentOptions} />
          <Choice {...bind('pregnant')} radio label="Schwanger?" options={yesNoOptions} />
          {member.pregnant && (
            <NumberField
              id={`${prefix}-dueInWeeks`}
              label="In wie vielen Wochen kommt das Baby ungefähr?"
              value={member.dueInWeeks}
              min={0}
              max={42}
              hint="Leer lassen, wenn Sie es nicht wissen."
              set={(dueInWeeks) => update({ dueInWeeks })}
            />
          )}
        </>
      )}
      <details className="fp-matcher__more" open={moreOpen}>
        <summary>Weitere Angaben zu {name}</summary>
        {isChild ? (
          <>
            <Choice
              {...bind('maintenance')}
              label="Zahlt ein Elternteil, der woanders lebt, Unterhalt?"
              options={maintenanceOptions}
            />
            <Choice
              {...bind('sharedCare')}
              radio
              label="Lebt das Kind etwa zur Hälfte bei jedem Elternteil (Wechselmodell)?"
              options={yesNoOptions}
            />
          </>
        ) : (
          <>
            <Choice {...bind('residenceStatus')} label="Staatsangehörigkeit oder Aufenthalt" options={residenceOptions} />
            <Choice {...bind('healthInsurance')} radio label="Krankenversicherung" options={insuranceOptions} />
          </>
        )}
        <Choice
          {...bind('disability')}
          radio
          label="Hat eine Behinderung oder eine Entwicklungsverzögerung (auch vermutet)?"
          options={yesNoOptions}
        />
        {showHealth && (
          <>
            <NumberField
              id={`${prefix}-gdb`}
              label="Grad der Behinderung (GdB)"
              value={member.gdb}
              min={0}
              max={100}
              whole
              hint="Nur wenn er festgestellt ist. Sonst leer lassen."
              set={(gdb) => update({ gdb })}
            />
            <Choice {...bind('pflegegrad')} label="Pflegegrad" options={pflegegradOptions} />
          </>
        )}
        <Choice
          {...bind('livesInHousehold')}
          radio
          label={isChild ? 'Lebt das Kind bei Ihnen?' : 'Lebt die Person bei Ihnen im Haushalt?'}
          hint={isChild ? 'Zum Beispiel nicht, wenn es für Ausbildung oder Studium ausgezogen ist.' : undefined}
          options={yesNoOptions}
        />
      </details>
      <button type="button" className="fp-button fp-button--secondary" onClick={remove}>
        {given || memberName(member, members)} entfernen
      </button>
    </fieldset>
  )
}
