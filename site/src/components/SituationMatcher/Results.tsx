import type { Match, MatchResult, TimeHint } from '@familienrathaus/content-schemas/matcher/evaluate'
import type { Benefit, Member } from '@familienrathaus/content-schemas'

import { estimateText, totalOf } from '@familienrathaus/content-schemas/matcher/amounts'
import { missingFactText } from '@familienrathaus/content-schemas/matcher/phrases'
import { Fragment, useContext, type ReactNode } from 'react'

import type { MatcherOffer, MatcherTopic, OfferPart } from '#lib/matcherCatalogue.ts'
import type { FinderTexts } from './languages/de.ts'

import { FinderLanguageContext } from './labels.ts'

export const fitLabel = (texts: FinderTexts, match: Match) => texts.results.fit[match.fit]

const rank = (match: Match) => (match.fit === 'yes' ? 0 : 1 + (match.missing?.length ?? 0))
/** A "maybe" that hangs only on circumstances the finder does not ask about: shown apart from the real "maybe". */
export const onlyProvisos = (match: Match) => match.fit === 'maybe' && !match.missing && (match.provisos?.length ?? 0) > 0

/** "Passt" first, then "passt vielleicht" with the fewest open questions. */
export const sortMatches = (matches: Match[]) => [...matches].sort((a, b) => rank(a) - rank(b))

/** A "maybe" ends with "Es kommt noch darauf an: …"; it is shown as "Es fehlt noch: …" on its own line. */
const ownReasons = (match: Match) => (match.missing ? match.reasons.slice(0, -1) : match.reasons)

/** The language of a part of an offer when it is not the page's: a German offer, or a part a partial translation leaves German. */
export const partLang = (offer: Pick<MatcherOffer, 'lang' | 'germanParts'>, part: OfferPart): string | undefined =>
  offer.lang ?? (offer.germanParts?.includes(part) ? 'de' : undefined)

/** Text from the catalogue, marked with its language when that is not the page's (an offer not translated yet). */
export const Passage = ({ lang, children }: { lang?: string | undefined; children: ReactNode }) =>
  lang ? <span lang={lang}>{children}</span> : <>{children}</>

/**
 * An offer's title; in a translation, the German name the office uses in brackets („Child benefit
 * (Kindergeld)“) is marked as German, so that a screen reader speaks it as such.
 */
export function OfferTitle({ offer }: { offer: Pick<MatcherOffer, 'title' | 'germanName'> }) {
  const suffix = offer.germanName ? `(${offer.germanName})` : undefined
  if (!suffix || !offer.title.endsWith(suffix)) return <>{offer.title}</>
  return (
    <>
      {offer.title.slice(0, -suffix.length)}(
      <span lang="de" dir="ltr">
        {offer.germanName}
      </span>
      )
    </>
  )
}

/** A sentence with `{title}` in it, the title as a node of its own. */
export function withTitle(template: string, title: ReactNode): ReactNode {
  const [before = '', after = ''] = template.split('{title}')
  return (
    <>
      {before}
      {title}
      {after}
    </>
  )
}

type ResultProps = { match: Match; offers: Map<string, MatcherOffer>; members: Member[]; atBirth?: boolean; received?: boolean }

function Result({ match, offers, members, atBirth, received }: ResultProps) {
  const { texts, phrases } = useContext(FinderLanguageContext)
  const offer = offers.get(match.slug)!
  const reasons = received ? [] : ownReasons(match)
  const opens = (match.opens ?? []).flatMap((slug) => offers.get(slug) ?? [])
  const state = received ? 'received' : match.fit
  return (
    <li className={`fp-matcher__result fp-matcher__result--${state}${atBirth ? ' fp-matcher__result--at-birth' : ''}`}>
      <h4>
        <a href={offer.href} lang={offer.lang}>
          <OfferTitle offer={offer} />
        </a>
      </h4>
      <p className="fp-matcher__fit">
        {received ? texts.results.receivedFit : atBirth ? texts.results.fitAtBirth[match.fit] : fitLabel(texts, match)}
      </p>
      {match.amount && !received && !atBirth && (
        <p className="fp-matcher__amount">
          <strong>{texts.results.amount}</strong> {estimateText(match.amount, phrases)}
        </p>
      )}
      {offer.deadline && !received && (
        <p className="fp-matcher__deadline">
          <strong>{texts.results.deadline}</strong> <Passage lang={partLang(offer, 'deadline')}>{offer.deadline}</Passage>
        </p>
      )}
      {reasons.length > 0 && (
        <ul className="fp-matcher__reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {match.missing && (
        <p>
          <strong>{texts.results.missing}</strong> {phrases.list(match.missing.map((fact) => missingFactText(phrases, fact, members)))}.
        </p>
      )}
      {!received && (offer.nextStep || offer.applyUrl) && (
        <p>
          <strong>{texts.results.nextStep}</strong>{' '}
          {offer.nextStep ? <Passage lang={partLang(offer, 'nextStep')}>{offer.nextStep}</Passage> : texts.results.applyOnline}
          {offer.applyUrl && (
            <>
              {' '}
              <a href={offer.applyUrl}>
                {withTitle(
                  texts.results.onlineApplication,
                  <Passage lang={offer.lang}>
                    <OfferTitle offer={offer} />
                  </Passage>,
                )}
              </a>
            </>
          )}
        </p>
      )}
      {!received && offer.documents.length > 0 && (
        <p>
          <strong>{texts.results.documents}</strong> <Passage lang={partLang(offer, 'documents')}>{offer.documents.join('; ')}</Passage>
        </p>
      )}
      {offer.contact && (
        <p>
          <strong>{texts.results.contact}</strong>{' '}
          <a href={offer.contact.href} lang={offer.contact.lang}>
            {offer.contact.title}
          </a>
          {offer.contact.phone && (
            <>
              , {texts.results.phone} <a href={offer.contact.tel}>{offer.contact.phone}</a>
            </>
          )}
        </p>
      )}
      {offer.video && (
        <p>
          <strong>{texts.results.video}</strong>{' '}
          <a href={offer.video.href} lang={offer.video.lang}>
            {offer.video.title}
          </a>
        </p>
      )}
      {opens.length > 0 && (
        <p>
          <strong>{texts.results.opens}</strong>{' '}
          {opens.map((other, index) => (
            <Fragment key={other.slug}>
              {index > 0 && ', '}
              <a href={other.href} lang={other.lang}>
                <OfferTitle offer={other} />
              </a>
            </Fragment>
          ))}
        </p>
      )}
    </li>
  )
}

/** "In 4 Monaten: Kita-Platz passt dann – Lina ist 1 Jahr alt.", with the title as a link. */
function Hint({ hint, offer }: { hint: TimeHint; offer: MatcherOffer }) {
  const { phrases } = useContext(FinderLanguageContext)
  return (
    <li>
      {phrases.inMonths(hint.inMonths)}:{' '}
      <a href={offer.href} lang={offer.lang}>
        <OfferTitle offer={offer} />
      </a>{' '}
      {hint.fit === 'yes' ? phrases.fitsThen : phrases.mayFitThen}
      {hint.because ? ` – ${hint.because}.` : '.'}
    </li>
  )
}

type Props = {
  result?: MatchResult
  offers: Map<string, MatcherOffer>
  topics: readonly MatcherTopic[]
  members: Member[]
  /** What the household said it already receives. */
  receives?: readonly Benefit[]
  summary: string
  /** Set while a person's age is still open: what the family still needs to say before results show. */
  pending?: string
}

/** How many offers lead as „Das sollten Sie zuerst tun“: few enough to act on today. */
export const firstCount = 5

/**
 * The results in the order a family acts on them: the few important offers that fit (with their
 * deadlines) first, what will matter soon, then everything else by topic with „passt vielleicht“
 * folded away; what the family already receives is shown as such, with what it opens.
 */
/** The family said it already receives this offer's benefit. */
export const isReceived = (offer: Pick<MatcherOffer, 'benefit'> | undefined, receives: readonly Benefit[] = []) =>
  offer?.benefit !== undefined && receives.includes(offer.benefit)

export function arrangeResults(result: MatchResult, offers: Map<string, MatcherOffer>, receives: readonly Benefit[] = []) {
  const all = sortMatches(result.matches)
  const received = all.filter((match) => isReceived(offers.get(match.slug), receives))
  const rest = all.filter((match) => !received.includes(match))
  const depending = rest.filter(onlyProvisos)
  const listed = rest.filter((match) => !onlyProvisos(match))
  // Important offers that fit, those with a deadline before the others.
  const first = listed
    .filter((match) => match.fit === 'yes' && offers.get(match.slug)?.important)
    .sort((a, b) => Number(!offers.get(a.slug)?.deadline) - Number(!offers.get(b.slug)?.deadline))
    .slice(0, firstCount)
  const others = listed.filter((match) => !first.includes(match))
  return { received, first, others, depending }
}

export function Results({ result, offers, topics, members, receives, summary, pending }: Props) {
  const { texts, phrases } = useContext(FinderLanguageContext)
  const arranged = result ? arrangeResults(result, offers, receives) : undefined
  // What the money offers that fit (and are not received yet) add up to each month.
  const monthlyAmounts = arranged
    ? [...arranged.first, ...arranged.others].flatMap((match) => (match.fit === 'yes' && match.amount?.period === 'month' ? [match.amount] : []))
    : []
  // A sum only where there is something to add; it is worded as estimated one by one (some count against others).
  const monthly = monthlyAmounts.length > 1 ? totalOf(monthlyAmounts, 'month') : undefined
  const open = arranged?.others.filter((match) => match.missing).length ?? 0
  return (
    <section className="fp-matcher__results" aria-labelledby="fpm-ergebnis">
      <h2 id="fpm-ergebnis" tabIndex={-1}>
        {texts.results.heading}
      </h2>
      <p className="fp-matcher__summary">{result ? summary : pending || texts.results.empty}</p>
      {monthly && (
        <p className="fp-matcher__total">
          <strong>
            {texts.results.total(
              estimateText(monthly, phrases),
              estimateText({ period: 'year', min: monthly.min * 12, max: monthly.max * 12 }, phrases),
            )}
          </strong>{' '}
          {texts.results.amountNote}
        </p>
      )}
      {result && result.matches.length === 0 && <p>{texts.results.none}</p>}
      {arranged && arranged.first.length > 0 && (
        <section className="fp-matcher__topic fp-matcher__topic--first" aria-labelledby="fpm-zuerst">
          <h3 id="fpm-zuerst">{texts.results.first}</h3>
          <p className="fp-matcher__hint">{texts.results.firstHint}</p>
          <ol className="fp-matcher__list">
            {arranged.first.map((match) => (
              <Result key={match.slug} match={match} offers={offers} members={members} />
            ))}
          </ol>
        </section>
      )}
      {result && result.hints.length > 0 && (
        <section className="fp-matcher__topic" aria-labelledby="fpm-bald">
          <h3 id="fpm-bald">{texts.results.soon}</h3>
          <ul className="fp-matcher__hints">
            {result.hints.flatMap((hint) => {
              const offer = offers.get(hint.slug)
              return offer ? [<Hint key={hint.slug} hint={hint} offer={offer} />] : []
            })}
          </ul>
        </section>
      )}
      {result?.atBirth && result.atBirth.length > 0 && (
        <section className="fp-matcher__topic" aria-labelledby="fpm-geburt">
          <h3 id="fpm-geburt">
            {texts.results.atBirth} <span className="fp-matcher__count">({result.atBirth.length})</span>
          </h3>
          <p className="fp-matcher__hint">{texts.results.atBirthHint}</p>
          <ul className="fp-matcher__list">
            {sortMatches(result.atBirth).map((match) => (
              <Result key={match.slug} match={match} offers={offers} members={members} atBirth />
            ))}
          </ul>
        </section>
      )}
      {open > 0 && <p className="fp-matcher__hint">{texts.results.maybeHint}</p>}
      {arranged &&
        topics.map((topic) => {
          const inTopic = arranged.others.filter((match) => offers.get(match.slug)?.topic === topic.value)
          const fitting = inTopic.filter((match) => match.fit === 'yes')
          const maybe = inTopic.filter((match) => match.fit !== 'yes')
          return (
            inTopic.length > 0 && (
              <section key={topic.value} className="fp-matcher__topic" aria-labelledby={`fpm-thema-${topic.value}`}>
                <h3 id={`fpm-thema-${topic.value}`}>
                  {topic.label} <span className="fp-matcher__count">({inTopic.length})</span>
                </h3>
                {fitting.length > 0 && (
                  <ul className="fp-matcher__list">
                    {fitting.map((match) => (
                      <Result key={match.slug} match={match} offers={offers} members={members} />
                    ))}
                  </ul>
                )}
                {maybe.length > 0 && (
                  <details className="fp-matcher__maybe">
                    <summary>{texts.results.maybeMore(maybe.length)}</summary>
                    <ul className="fp-matcher__list">
                      {maybe.map((match) => (
                        <Result key={match.slug} match={match} offers={offers} members={members} />
                      ))}
                    </ul>
                  </details>
                )}
              </section>
            )
          )
        })}
      {arranged && arranged.depending.length > 0 && (
        <section className="fp-matcher__topic" aria-labelledby="fpm-umstaende">
          <h3 id="fpm-umstaende">
            {texts.results.provisos} <span className="fp-matcher__count">({arranged.depending.length})</span>
          </h3>
          <p className="fp-matcher__hint">{texts.results.provisosHint}</p>
          <details className="fp-matcher__maybe">
            <summary>{texts.results.maybeMore(arranged.depending.length)}</summary>
            <ul className="fp-matcher__list">
              {arranged.depending.map((match) => (
                <Result key={match.slug} match={match} offers={offers} members={members} />
              ))}
            </ul>
          </details>
        </section>
      )}
      {arranged && arranged.received.length > 0 && (
        <section className="fp-matcher__topic" aria-labelledby="fpm-schon">
          <h3 id="fpm-schon">
            {texts.results.received} <span className="fp-matcher__count">({arranged.received.length})</span>
          </h3>
          <ul className="fp-matcher__list">
            {arranged.received.map((match) => (
              <Result key={match.slug} match={match} offers={offers} members={members} received />
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
