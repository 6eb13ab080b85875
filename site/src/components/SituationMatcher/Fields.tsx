import { useContext, useState } from 'react'

import { FinderLanguageContext, type Option } from './labels.ts'

type ChoiceProps = {
  id: string
  label: string
  value?: string
  options: readonly Option[]
  set: (value?: string) => void
  /** Radio buttons (for short lists) instead of a select. */
  radio?: boolean
  hint?: string
}

/** A question with fixed answers; "Weiß ich nicht" is always one of them and leaves the answer unset. */
export function Choice({ id, label, value = '', options, set, radio, hint }: ChoiceProps) {
  const unknownLabel = useContext(FinderLanguageContext).texts.fields.unknown
  // An unanswered question has no radio chosen (Tab then lands on the first answer, Space takes it);
  // "Weiß ich nicht" is shown chosen once the family chose it.
  const [saidUnknown, setSaidUnknown] = useState(false)
  const hintId = hint ? `${id}-hinweis` : undefined
  const hintText = hint && (
    <p className="fp-matcher__hint" id={hintId}>
      {hint}
    </p>
  )
  if (radio) {
    return (
      <fieldset
        className={`fp-matcher__field fp-matcher__radios${options.length < 3 ? ' fp-matcher__radios--inline' : ''}`}
        aria-describedby={hintId}
      >
        <legend>{label}</legend>
        {hintText}
        {[...options, ['', unknownLabel] as const].map(([option, text]) => (
          <label key={option} className="fp-matcher__choice">
            <input
              type="radio"
              name={id}
              value={option}
              checked={option ? value === option : value === '' && saidUnknown}
              onChange={() => {
                setSaidUnknown(!option)
                set(option || undefined)
              }}
            />{' '}
            {text}
          </label>
        ))}
      </fieldset>
    )
  }
  return (
    <div className="fp-matcher__field">
      <label htmlFor={id}>{label}</label>
      {hintText}
      <select id={id} value={value} aria-describedby={hintId} onChange={(event) => set(event.target.value || undefined)}>
        <option value="">{unknownLabel}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}

type NumberProps = {
  id: string
  label: string
  value?: number
  min: number
  max: number
  whole?: boolean
  /** An empty field is an error rather than "Weiß ich nicht". */
  required?: boolean
  /** Alternative units with their factor to the stored value, e.g. [["Jahren", 1], ["Monaten", 12]]. */
  units?: readonly (readonly [string, number])[]
  /** `factor`: of the unit the family typed in (see `units`). */
  set: (value?: number, factor?: number) => void
  hint?: string
}

const show = (value: number | undefined, factor: number, decimalComma: boolean) =>
  value === undefined ? '' : String(Math.round(value * factor * 100) / 100).replace('.', decimalComma ? ',' : '.')

/** A number typed as text (a comma is fine); what cannot be read is named next to the field and not used. */
export function NumberField({ id, label, value, min, max, whole, required, units, set, hint }: NumberProps) {
  const { fields } = useContext(FinderLanguageContext).texts
  const [unit, setUnit] = useState(units && value !== undefined && value < 1 ? 1 : 0)
  const [text, setText] = useState(() => show(value, units?.[unit]?.[1] ?? 1, fields.decimalComma))
  const [error, setError] = useState('')
  const factor = units?.[unit]?.[1] ?? 1
  const apply = (input: string, inputFactor: number) => {
    const number = Number(input.trim().replace(',', '.')) / inputFactor
    const empty = input.trim() === ''
    const valid = !empty && Number.isFinite(number) && number >= min && number <= max && (!whole || Number.isInteger(number))
    setText(input)
    setError(
      valid || (empty && !required)
        ? ''
        : fields.numberError(show(min, inputFactor, fields.decimalComma), show(max, inputFactor, fields.decimalComma), whole ?? false),
    )
    if (valid || (empty && !required)) set(empty ? undefined : number, inputFactor)
  }
  const described = [hint && `${id}-hinweis`, error && `${id}-fehler`].filter(Boolean).join(' ') || undefined
  return (
    <div className="fp-matcher__field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="fp-matcher__hint" id={`${id}-hinweis`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="fp-matcher__error" id={`${id}-fehler`}>
          {error}
        </p>
      )}
      <input
        id={id}
        className="fp-matcher__number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={described}
        onChange={(event) => apply(event.target.value, factor)}
      />
      {units && (
        <fieldset className="fp-matcher__units">
          <legend>{fields.unitsLegend(label)}</legend>
          {units.map(([name, unitFactor], index) => (
            <label key={name} className="fp-matcher__choice">
              <input
                type="radio"
                name={`${id}-einheit`}
                checked={unit === index}
                onChange={() => {
                  setUnit(index)
                  apply(text, unitFactor)
                }}
              />{' '}
              {name}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  )
}
