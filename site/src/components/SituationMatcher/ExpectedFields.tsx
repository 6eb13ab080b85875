import { useContext, useEffect, useRef, useState } from 'react'

import { latestDueDate, memberLabel, weeksUntil, type DraftMember, type ExpectedBaby } from './household.ts'
import { FinderLanguageContext } from './labels.ts'

type Props = {
  baby: ExpectedBaby
  members: DraftMember[]
  today: string
  update: (answers: Partial<ExpectedBaby>) => void
  remove: () => void
  /** "Ja, geboren": the baby becomes a child of the household. */
  born: () => void
  /** Just added: the first question takes the focus (and `focused` is called). */
  focusFirst?: boolean
  focused?: () => void
}

/** An expected baby: who expects it (asked, never guessed) and, if the family knows it, the due date. */
export function ExpectedFields({ baby, members, today, update, remove, born, focusFirst, focused }: Props) {
  const language = useContext(FinderLanguageContext)
  const { expected } = language.texts
  const adults = members.filter((member) => member.role === 'adult')
  const prefix = `fpm-${baby.id}`
  const [due, setDue] = useState(baby.dueDate ?? '')
  const [error, setError] = useState('')
  const fieldset = useRef<HTMLFieldSetElement>(null)
  useEffect(() => {
    if (!focusFirst) return
    fieldset.current?.querySelector<HTMLElement>('select, input, button')?.focus()
    focused?.()
  }, [focusFirst])
  const setDueDate = (value: string) => {
    setDue(value)
    const valid = value === '' || weeksUntil(today, value) !== undefined
    setError(valid ? '' : expected.dueError)
    if (valid) update({ dueDate: value || undefined })
  }
  // A remembered baby whose due date has passed: it may have been born since (asked, never assumed).
  const overdue = baby.dueDate !== undefined && baby.dueDate < today
  const described = [`${prefix}-due-hinweis`, error && `${prefix}-due-fehler`].filter(Boolean).join(' ')
  return (
    <fieldset className="fp-matcher__person" id={prefix} ref={fieldset}>
      <legend>{expected.legend}</legend>
      {overdue && (
        <div className="fp-matcher__field fp-matcher__notice">
          <p>
            <strong>{expected.overdue(language.texts.sheet.date(baby.dueDate!))}</strong> {expected.bornHint}
          </p>
          <button type="button" className="fp-button" onClick={born}>
            {expected.born}
          </button>
        </div>
      )}
      {adults.length === 0 ? (
        <p className="fp-matcher__hint">{expected.noAdult}</p>
      ) : (
        <div className="fp-matcher__field">
          <label htmlFor={`${prefix}-mother`}>{expected.mother}</label>
          <p className="fp-matcher__hint" id={`${prefix}-mother-hinweis`}>
            {expected.motherHint}
          </p>
          <select
            id={`${prefix}-mother`}
            value={baby.mother ?? ''}
            aria-describedby={`${prefix}-mother-hinweis`}
            aria-required="true"
            onChange={(event) => update({ mother: event.target.value || undefined })}
          >
            <option value="">{language.texts.fields.unknown}</option>
            {adults.map((adult) => (
              <option key={adult.id} value={adult.id}>
                {memberLabel(language, adult, members)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="fp-matcher__field">
        <label htmlFor={`${prefix}-due`}>{expected.due}</label>
        <p className="fp-matcher__hint" id={`${prefix}-due-hinweis`}>
          {expected.dueHint}
        </p>
        {error && (
          <p className="fp-matcher__error" id={`${prefix}-due-fehler`}>
            {error}
          </p>
        )}
        <input
          id={`${prefix}-due`}
          type="date"
          min={today}
          max={latestDueDate(today)}
          value={due}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(event) => setDueDate(event.target.value)}
        />
      </div>
      <button type="button" className="fp-button fp-button--secondary" onClick={remove}>
        {expected.remove}
      </button>
    </fieldset>
  )
}
