import { useState } from 'react'

type Counts = { adults: number; children: number }

const maxMembers = 20

function describe({ adults, children }: Counts): string {
  const adultsText = adults === 1 ? '1 erwachsene Person' : `${adults} erwachsene Personen`
  const childrenText = children === 0 ? 'kein Kind' : children === 1 ? '1 Kind' : `${children} Kinder`
  return `In Ihrem Haushalt: ${adultsText} und ${childrenText}.`
}

/**
 * The first piece of the situation matcher: a family says who lives in the household.
 * Everything stays in the browser; nothing is sent anywhere.
 */
export default function HouseholdCounter() {
  const [counts, setCounts] = useState<Counts>({ adults: 1, children: 1 })
  const total = counts.adults + counts.children
  const change = (key: keyof Counts, delta: number) =>
    setCounts((current) => ({ ...current, [key]: Math.max(key === 'adults' ? 1 : 0, current[key] + delta) }))

  return (
    <div className="fp-household" data-hydrated="true">
      <p aria-live="polite" className="fp-household__summary">
        {describe(counts)}
      </p>
      <div className="fp-household__controls">
        <button type="button" className="fp-button" onClick={() => change('adults', 1)} disabled={total >= maxMembers}>
          Erwachsene Person hinzufügen
        </button>
        <button
          type="button"
          className="fp-button fp-button--secondary"
          onClick={() => change('adults', -1)}
          disabled={counts.adults <= 1}
        >
          Erwachsene Person entfernen
        </button>
        <button type="button" className="fp-button" onClick={() => change('children', 1)} disabled={total >= maxMembers}>
          Kind hinzufügen
        </button>
        <button
          type="button"
          className="fp-button fp-button--secondary"
          onClick={() => change('children', -1)}
          disabled={counts.children <= 0}
        >
          Kind entfernen
        </button>
      </div>
    </div>
  )
}
