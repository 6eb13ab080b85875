import { useContext } from 'react'

import { expectedCaption, memberCaption, type DraftMember, type ExpectedBaby } from './household.ts'
import { FinderLanguageContext } from './labels.ts'

/** A simple drawn person: grown-ups tall, children smaller, babies smallest, a pregnancy as a round belly. */
function Figure({ member, pregnant }: { member: DraftMember; pregnant: boolean }) {
  // A child whose age is still open is drawn at a middle size.
  const age = member.age ?? 6
  const scale = member.role === 'adult' ? 1 : age < 1 ? 0.5 : age < 12 ? 0.7 : 0.85
  return (
    <svg
      className={`fp-matcher__svg fp-matcher__svg--${member.role}`}
      viewBox="0 0 48 72"
      width={48 * scale}
      height={72 * scale}
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="13" r="10" />
      <path d="M8 70V40a16 16 0 0 1 32 0v30z" />
      {pregnant && <circle className="fp-matcher__belly" cx="38" cy="48" r="9" />}
    </svg>
  )
}

/** An expected baby: a small round figure, drawn dashed. */
function ExpectedFigure() {
  return (
    <svg className="fp-matcher__svg fp-matcher__svg--expected" viewBox="0 0 48 72" width={26} height={39} aria-hidden="true" focusable="false">
      <circle cx="24" cy="46" r="20" strokeDasharray="5 4" />
    </svg>
  )
}

type HouseholdPictureProps = {
  members: DraftMember[]
  expected: ExpectedBaby[]
  selected?: string
  select: (id: string) => void
}

/** The household as a picture whose figures are buttons in a list: the same for mouse, touch, keyboard and screen readers. */
export function HouseholdPicture({ members, expected, selected, select }: HouseholdPictureProps) {
  const language = useContext(FinderLanguageContext)
  if (members.length === 0 && expected.length === 0) {
    return <p className="fp-matcher__picture fp-matcher__picture--empty">{language.texts.household.emptyPicture}</p>
  }
  return (
    <ul className="fp-matcher__picture" aria-label={language.texts.household.pictureLabel}>
      {members.map((member) => (
        <li key={member.id}>
          <button type="button" className="fp-matcher__figure" aria-pressed={member.id === selected} onClick={() => select(member.id!)}>
            <Figure member={member} pregnant={expected.some((baby) => baby.mother === member.id)} />
            <span>
              {memberCaption(
                language,
                member,
                members,
                expected.some((baby) => baby.mother === member.id),
              )}
            </span>
          </button>
        </li>
      ))}
      {expected.map((baby) => (
        <li key={baby.id}>
          <button type="button" className="fp-matcher__figure" aria-pressed={baby.id === selected} onClick={() => select(baby.id)}>
            <ExpectedFigure />
            <span>{expectedCaption(language, baby, members)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
