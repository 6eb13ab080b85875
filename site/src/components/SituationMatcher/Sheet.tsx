import type { MatchResult } from '@familienrathaus/content-schemas/matcher/evaluate'
import type { Benefit, Member } from '@familienrathaus/content-schemas'

import { estimateText } from '@familienrathaus/content-schemas/matcher/amounts'
import { useContext } from 'react'

import type { MatcherOffer } from '#lib/matcherCatalogue.ts'

import { memberCaption } from './household.ts'
import { FinderLanguageContext } from './labels.ts'
import { fitLabel, isReceived, OfferTitle, partLang, Passage, sortMatches } from './Results.tsx'

type Props = {
  result: MatchResult
  offers: Map<string, MatcherOffer>
  members: Member[]
  /** Benefits the household already receives: their estimate is not repeated. */
  receives?: Benefit[] | undefined
}

/**
 * The "Beratungszettel": shown only when printing. It holds the matched offers, the documents to
 * bring and the contact points, and of the family only what it entered itself.
 */
export function Sheet({ result, offers, members, receives }: Props) {
  const language = useContext(FinderLanguageContext)
  const { sheet, results } = language.texts
  const matched = sortMatches(result.matches).map((match) => ({ match, offer: offers.get(match.slug)! }))
  const contacts = [...new Map(matched.flatMap(({ offer }) => (offer.contact ? [[offer.contact.href, offer.contact]] : []))).values()]
  const withDocuments = matched.filter(({ offer }) => offer.documents.length > 0)
  return (
    <section className="fp-matcher__sheet" aria-labelledby="fpm-zettel">
      <h2 id="fpm-zettel">{sheet.heading}</h2>
      <p>{sheet.intro(sheet.date(result.referenceDate))}</p>
      <h3>{sheet.household}</h3>
      <ul>
        {members.map((member) => (
          <li key={member.id}>{memberCaption(language, member, members)}</li>
        ))}
      </ul>
      <h3>{sheet.offers}</h3>
      <ol>
        {matched.map(({ match, offer }) => (
          <li key={offer.slug}>
            <strong>
              <Passage lang={offer.lang}>
                <OfferTitle offer={offer} />
              </Passage>
            </strong>{' '}
            – {fitLabel(language.texts, match)}.
            {match.amount && !isReceived(offer, receives) && (
              <>
                {' '}
                {language.texts.results.amount} {estimateText(match.amount, language.phrases)}.
              </>
            )}
            {offer.nextStep && (
              <>
                {' '}
                {sheet.nextStep} <Passage lang={partLang(offer, 'nextStep')}>{offer.nextStep}</Passage>
              </>
            )}
          </li>
        ))}
      </ol>
      {matched.some(({ match }) => match.amount) && <p>{language.texts.results.amountNote}</p>}
      <h3>{sheet.documents}</h3>
      {withDocuments.length > 0 ? (
        <ul>
          {withDocuments.map(({ offer }) => (
            <li key={offer.slug}>
              <strong>
                <Passage lang={offer.lang}>
                  <OfferTitle offer={offer} />
                </Passage>
                :
              </strong>{' '}
              <Passage lang={partLang(offer, 'documents')}>{offer.documents.join('; ')}</Passage>
            </li>
          ))}
        </ul>
      ) : (
        <p>{sheet.noDocuments}</p>
      )}
      <h3>{sheet.contacts}</h3>
      {contacts.length > 0 ? (
        <ul>
          {contacts.map((contact) => (
            <li key={contact.href}>
              <Passage lang={contact.lang}>{contact.title}</Passage>
              {contact.phone && `, ${results.phone} ${contact.phone}`}
            </li>
          ))}
        </ul>
      ) : (
        <p lang={language.phrases.lang === 'de' ? undefined : 'de'}>Familienrathaus Hamm, Theodor-Heuss-Platz 12, 59065 Hamm.</p>
      )}
    </section>
  )
}
