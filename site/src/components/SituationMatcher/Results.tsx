import type { Match, MatchResult } from '@familienrathaus/content-schemas/matcher/evaluate'
import type { Member } from '@familienrathaus/content-schemas'

import { joinGerman, missingFactText } from '@familienrathaus/content-schemas/matcher/describe'

import type { MatcherOffer, MatcherTopic } from '../../lib/matcherCatalogue.ts'

export const fitLabel = (match: Match) => (match.fit === 'yes' ? 'Passt' : 'Passt vielleicht')

const rank = (match: Match) => (match.fit === 'yes' ? 0 : 1 + (match.missing?.length ?? 0))
/** "Passt" first, then "passt vielleicht" with the fewest open questions. */
export const sortMatches = (matches: Match[]) => [...matches].sort((a, b) => rank(a) - rank(b))

/** "Es kommt noch darauf an: …" is shown as "Es fehlt noch: …" on its own line. */
const ownReasons = (match: Match) => match.reasons.filter((reason) => !reason.startsWith('Es kommt noch darauf an'))

function Result({ match, offers, members }: { match: Match; offers: Map<string, MatcherOffer>; members: Member[] }) {
  const offer = offers.get(match.slug)!
  const reasons = ownReasons(match)
  const opens = (match.opens ?? []).flatMap((slug) => offers.get(slug) ?? [])
  return (
    <li className={`fp-matcher__result fp-matcher__result--${match.fit}`}>
      <h4>
        <a href={offer.href}>{offer.title}</a>
      </h4>
      <p className="fp-matcher__fit">{fitLabel(match)}</p>
      {reasons.length > 0 && (
        <ul className="fp-matcher__reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {match.missing && (
        <p>
          <strong>Es fehlt noch:</strong> {joinGerman(match.missing.map((fact) => missingFactText(fact, members)))}.
        </p>
      )}
      {offer.nextStep && (
        <p>
          <strong>Nächster Schritt:</strong> {offer.nextStep}
          {offer.applyUrl && (
            <>
              {' '}
              <a href={offer.applyUrl}>Zum Online-Antrag für {offer.title}</a>
            </>
          )}
        </p>
      )}
      {offer.contact && (
        <p>
          <strong>Kontakt:</strong> <a href={offer.contact.href}>{offer.contact.title}</a>
          {offer.contact.phone && (
            <>
              , Telefon <a href={offer.contact.tel}>{offer.contact.phone}</a>
            </>
          )}
        </p>
      )}
      {offer.video && (
        <p>
          <strong>Erklärvideo:</strong> <a href={offer.video.href}>{offer.video.title}</a>
        </p>
      )}
      {opens.length > 0 && (
        <p>
          <strong>Öffnet auch:</strong>{' '}
          {opens.map((other, index) => (
            <span key={other.slug}>
              {index > 0 && ', '}
              <a href={other.href}>{other.title}</a>
            </span>
          ))}
        </p>
      )}
    </li>
  )
}

type Props = {
  result?: MatchResult
  offers: Map<string, MatcherOffer>
  topics: readonly MatcherTopic[]
  members: Member[]
  summary: string
}

/** The offers that fit, grouped by topic, "passt" before "passt vielleicht"; then what will fit soon. */
export function Results({ result, offers, topics, members, summary }: Props) {
  const matches = sortMatches(result?.matches ?? [])
  const open = matches.filter((match) => match.missing).length
  return (
    <section className="fp-matcher__results" aria-labelledby="fpm-ergebnis">
      <h2 id="fpm-ergebnis">Angebote für Ihre Familie</h2>
      <p className="fp-matcher__summary">
        {result
          ? summary
          : 'Sobald Sie eine Person hinzufügen, sehen Sie hier die Angebote, die passen, und warum.'}
      </p>
      {open > 0 && (
        <p className="fp-matcher__hint">
          Bei „passt vielleicht“ fehlen noch Angaben. Je mehr Fragen Sie beantworten, desto genauer wird das Ergebnis.
        </p>
      )}
      {result && matches.length === 0 && (
        <p>Zu Ihren Angaben passt noch kein Angebot. Das Familienrathaus berät Sie gern persönlich.</p>
      )}
      {topics.map((topic) => {
        const inTopic = matches.filter((match) => offers.get(match.slug)?.topic === topic.value)
        return (
          inTopic.length > 0 && (
            <section key={topic.value} className="fp-matcher__topic" aria-labelledby={`fpm-thema-${topic.value}`}>
              <h3 id={`fpm-thema-${topic.value}`}>
                {topic.label} <span className="fp-matcher__count">({inTopic.length})</span>
              </h3>
              <ul className="fp-matcher__list">
                {inTopic.map((match) => (
                  <Result key={match.slug} match={match} offers={offers} members={members} />
                ))}
              </ul>
            </section>
          )
        )
      })}
      {result && result.hints.length > 0 && (
        <section className="fp-matcher__topic" aria-labelledby="fpm-bald">
          <h3 id="fpm-bald">Bald wichtig für Sie</h3>
          <ul className="fp-matcher__hints">
            {result.hints.map((hint) => (
              <li key={hint.slug}>
                {hint.text} <a href={offers.get(hint.slug)?.href}>Mehr zu {offers.get(hint.slug)?.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
