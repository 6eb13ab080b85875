import type { MatchResult } from '@familienrathaus/content-schemas/matcher/evaluate'
import type { Member } from '@familienrathaus/content-schemas'

import type { MatcherOffer } from '../../lib/matcherCatalogue.ts'

import { memberCaption } from './household.ts'
import { fitLabel, sortMatches } from './Results.tsx'

type Props = {
  result: MatchResult
  offers: Map<string, MatcherOffer>
  members: Member[]
}

/**
 * The "Beratungszettel": shown only when printing. It holds the matched offers, the documents to
 * bring and the contact points, and of the family only what it entered itself.
 */
export function Sheet({ result, offers, members }: Props) {
  const matched = sortMatches(result.matches).map((match) => ({ match, offer: offers.get(match.slug)! }))
  const contacts = [...new Map(matched.flatMap(({ offer }) => (offer.contact ? [[offer.contact.href, offer.contact]] : []))).values()]
  const withDocuments = matched.filter(({ offer }) => offer.documents.length > 0)
  return (
    <section className="fp-matcher__sheet" aria-labelledby="fpm-zettel">
      <h2 id="fpm-zettel">Beratungszettel</h2>
      <p>
        Stand: {result.referenceDate.split('-').reverse().join('.')}. Erstellt mit dem Situations-Finder des Digitalen
        Familienrathauses Hamm. Bringen Sie diesen Zettel zur Beratung mit.
      </p>
      <h3>Ihr Haushalt</h3>
      <ul>
        {members.map((member) => (
          <li key={member.id}>{memberCaption(member, members)}</li>
        ))}
      </ul>
      <h3>Angebote, die passen können</h3>
      <ol>
        {matched.map(({ match, offer }) => (
          <li key={offer.slug}>
            <strong>{offer.title}</strong> – {fitLabel(match)}.{offer.nextStep && ` Nächster Schritt: ${offer.nextStep}`}
          </li>
        ))}
      </ol>
      <h3>Unterlagen, die Sie mitbringen sollten</h3>
      {withDocuments.length > 0 ? (
        <ul>
          {withDocuments.map(({ offer }) => (
            <li key={offer.slug}>
              <strong>{offer.title}:</strong> {offer.documents.join('; ')}
            </li>
          ))}
        </ul>
      ) : (
        <p>Die Angebote nennen keine besonderen Unterlagen. Fragen Sie bei der Ansprechstelle nach, was Sie brauchen.</p>
      )}
      <h3>Ansprechstellen</h3>
      {contacts.length > 0 ? (
        <ul>
          {contacts.map((contact) => (
            <li key={contact.href}>
              {contact.title}
              {contact.phone && `, Telefon ${contact.phone}`}
            </li>
          ))}
        </ul>
      ) : (
        <p>Familienrathaus Hamm, Theodor-Heuss-Platz 12, 59065 Hamm.</p>
      )}
    </section>
  )
}
