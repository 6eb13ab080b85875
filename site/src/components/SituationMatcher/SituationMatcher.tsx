import type { Household, Member } from '@familienrathaus/content-schemas'

import { evaluateHousehold } from '@familienrathaus/content-schemas/matcher/evaluate'
import { decodeHouseholdJson, encodeHouseholdJson, shareFragmentKey } from '@familienrathaus/content-schemas/matcher/shareCodec'
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'

import type { MatcherOffer, MatcherTopic } from '#lib/matcherCatalogue.ts'
import type { FinderLanguage } from './languages/de.ts'

import { HouseholdFacts } from './HouseholdFacts.tsx'
import { HouseholdPicture } from './HouseholdPicture.tsx'
import {
  giveUnanswered,
  judgedHousehold,
  memberLabel,
  motherOf,
  readHousehold,
  takeBack,
  withAnswers,
  type DraftHousehold,
  type DraftMember,
  type ExpectedBaby,
  type GivenForAll,
  type HouseholdWideAnswer,
} from './household.ts'
import { ExpectedFields } from './ExpectedFields.tsx'
import { downloadCalendar, familyCalendarEvents } from './familyCalendar.ts'
import { FinderLanguageContext } from './labels.ts'
import { german } from './languages/de.ts'
import { MemberFields } from './MemberFields.tsx'
import { Results } from './Results.tsx'
import { Sheet } from './Sheet.tsx'

export type SituationMatcherProps = {
  offers: MatcherOffer[]
  topics: readonly MatcherTopic[]
  /** The day on which ages are judged (YYYY-MM-DD); today when not given. */
  referenceDate?: string
  /** A household to start with (examples and tests); in the browser a share link or "Merken" restores one. */
  initialHousehold?: Household
  /** What the finder says, in the page's language; German when not given. */
  language?: FinderLanguage
}

export const storageKey = 'fp-matcher-haushalt'
const emptyHousehold: DraftHousehold = { version: 1, members: [] }
const maxMembers = 20
const maxExpected = 5

/**
 * The situation matcher: a family draws its household and sees the offers that fit, with reasons.
 * Everything happens in this browser: the island sends nothing anywhere and stores nothing unless
 * the family chooses "Merken" (this browser's storage) or "Link teilen" (the URL fragment).
 */
export default function SituationMatcher({ offers, topics, referenceDate, initialHousehold, language = german }: SituationMatcherProps) {
  const { texts, phrases } = language
  const today = referenceDate ?? new Date().toLocaleDateString('sv-SE')
  const [household, setHousehold] = useState<DraftHousehold>(
    () => (initialHousehold && readHousehold(initialHousehold, today)) || emptyHousehold,
  )
  const [selected, setSelected] = useState(household.members[0]?.id)
  // Bumped when a whole household is loaded, so that the fields start again from its answers.
  const [generation, setGeneration] = useState(0)
  const [ready, setReady] = useState(false)
  const [listMode, setListMode] = useState(false)
  // Something is stored in this browser (so "Vergessen" is offered) …
  const [remembered, setRemembered] = useState(false)
  // … and the stored copy follows the changes (after "Merken", or when the household came from storage).
  const [following, setFollowing] = useState(false)
  const [sharing, setSharing] = useState(false)
  // At the terminal in the Familienrathaus (public/terminal.js) nothing is remembered or shared, and the sheet goes to the staff's printer.
  const [terminal, setTerminal] = useState(false)
  useEffect(() => setTerminal(document.documentElement.hasAttribute('data-terminal')), [])
  const [message, setMessage] = useState('')
  const [announced, setAnnounced] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  // The household-wide answers in force (by question), and what they gave each person, so that they can be taken back.
  const forAll = useRef(new Map<string, HouseholdWideAnswer>())
  const given = useRef<GivenForAll>(new Map())
  const forgetAnswersForAll = () => {
    forAll.current.clear()
    given.current.clear()
  }
  const answerForAll = (question: string, answer?: HouseholdWideAnswer) => {
    const before = forAll.current.get(question)
    if (answer) forAll.current.set(question, answer)
    else forAll.current.delete(question)
    // Worked out here, not in a state updater: what was given is noted exactly once.
    const members = household.members.map((member) => {
      const back = before ? takeBack(member, before, given.current) : member
      return answer ? giveUnanswered(back, answer, given.current) : back
    })
    setHousehold((current) => ({ ...current, members }))
  }
  // The person just added: their first question gets the focus once it is on the page.
  const [focusOn, setFocusOn] = useState<string>()
  const { members } = household

  // Ids are never given twice in a session: a removed person's id must not pass to the next one added
  // (an expected baby, or a household-wide answer, would follow it).
  const issued = useRef(0)
  const freshId = (prefix: 'p' | 'e', current: DraftHousehold) => {
    const used = [...current.members.map((member) => member.id), ...(current.expected ?? []).map((baby) => baby.id)]
    issued.current = Math.max(issued.current, ...used.map((id) => Number(id?.slice(1)) || 0)) + 1
    return `${prefix}${issued.current}`
  }

  const load = (value: unknown) => {
    const loaded = readHousehold(value, today)
    if (loaded) {
      forgetAnswersForAll()
      setHousehold(loaded)
      // A remembered baby whose due date has passed comes first: has it been born?
      setSelected((loaded.expected ?? []).find((baby) => baby.dueDate !== undefined && baby.dueDate < today)?.id ?? loaded.members[0]?.id)
      setGeneration((current) => current + 1)
    }
    return loaded !== undefined
  }

  useEffect(() => {
    const fromLink = () => {
      if (!location.hash.includes(`${shareFragmentKey}=`)) return false
      const loaded = load(decodeHouseholdJson(location.hash))
      // A household from a link never overwrites a remembered one by itself.
      if (loaded) setFollowing(false)
      setMessage(loaded ? texts.messages.linkLoaded : texts.messages.linkInvalid)
      return true
    }
    let stored: string | null = null
    try {
      stored = localStorage.getItem(storageKey)
    } catch {
      // Storage may be switched off; then nothing was remembered.
    }
    // Whatever is stored can be forgotten, even when a link is shown instead.
    setRemembered(stored !== null)
    if (!fromLink() && stored !== null) {
      const loaded = load(decodeHouseholdJson(stored))
      setFollowing(loaded)
      setMessage(loaded ? texts.messages.storedLoaded : texts.messages.storedUnreadable)
    }
    setReady(true)
    addEventListener('hashchange', fromLink)
    return () => removeEventListener('hashchange', fromLink)
  }, [])

  const store = (value?: DraftHousehold) => {
    try {
      if (value) localStorage.setItem(storageKey, JSON.stringify(value))
      else localStorage.removeItem(storageKey)
      return true
    } catch {
      return false
    }
  }
  // Stored right after each change (a layout effect, not a later passive one), so a reload never loses the last answer.
  useLayoutEffect(() => {
    // An empty picture ("Neu beginnen", everyone removed) leaves nothing stored.
    if (following) setRemembered(store(members.length > 0 ? household : undefined) && members.length > 0)
  }, [household, following])

  // Typing stays quick on slow phones: the results follow the answers a moment later if need be.
  const answered = useDeferredValue(household)
  // Results wait until every person has an age: an age nobody entered is never made up.
  const judged = useMemo(() => judgedHousehold(answered, today), [answered, today])
  const result = useMemo(
    () => (judged ? evaluateHousehold({ household: judged, offers, referenceDate: today, phrases }) : undefined),
    [judged, offers, today, phrases],
  )
  const withoutAge = answered.members.filter((member) => member.age === undefined)
  const pending =
    withoutAge.length > 0
      ? texts.results.waitingForAge(phrases.list(withoutAge.map((member) => memberLabel(language, member, answered.members))))
      : (answered.expected ?? []).some((baby) => !motherOf(baby, answered.members))
        ? texts.results.waitingForMother
        : ''
  const offersBySlug = useMemo(() => new Map(offers.map((offer) => [offer.slug, offer])), [offers])
  const [calendarWithNames, setCalendarWithNames] = useState(false)
  // Names change no result, so the entries are counted from the result at hand; the household is
  // judged again without names only when the file is made.
  const calendarCount = useMemo(
    () => (judged && result ? familyCalendarEvents({ household: judged, result, offers, language, withNames: true }).length : 0),
    [judged, result, offers, language],
  )
  const yes = result?.matches.filter((match) => match.fit === 'yes').length ?? 0
  const summary = result ? texts.count(yes, result.matches.length - yes) : ''
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(summary), 800)
    return () => clearTimeout(timer)
  }, [summary])

  // Someone added later gets the household-wide answers too ("gilt für alle …").
  const newMember = (member: DraftMember) =>
    [...forAll.current.values()].reduce((next, answer) => giveUnanswered(next, answer, given.current), member)
  const update = (id: string, answers: Partial<DraftMember>) => {
    // The person's own answer from now on: a household-wide answer never takes it back.
    const gave = given.current.get(id)
    if (gave) for (const key of Object.keys(answers)) delete gave[key as keyof Member]
    setHousehold((current) => ({
      ...current,
      members: current.members.map((member) => (member.id === id ? withAnswers(member, answers) : member)),
    }))
  }
  const add = (role: Member['role'], pregnant?: boolean) => {
    const id = freshId('p', household)
    const added = newMember({ id, role, ...(pregnant ? { pregnant } : {}) })
    setHousehold((current) => ({ ...current, members: [...current.members, added] }))
    setSelected(id)
    setFocusOn(id)
    setMessage(texts.messages.added(memberLabel(language, added, [...members, added])))
  }
  const expected = household.expected ?? []
  const addExpected = () => {
    const id = freshId('e', household)
    setHousehold((current) => ({ ...current, expected: [...(current.expected ?? []), { id }], expecting: undefined }))
    setSelected(id)
    setFocusOn(id)
    setMessage(texts.messages.addedExpected)
  }
  const updateExpected = (id: string, answers: Partial<ExpectedBaby>) =>
    setHousehold((current) => ({
      ...current,
      expected: (current.expected ?? []).map((baby) => (baby.id === id ? withAnswers(baby, answers) : baby)),
    }))
  const removeExpected = (id: string) => {
    setHousehold((current) => {
      const rest = (current.expected ?? []).filter((baby) => baby.id !== id)
      return withAnswers(current, { expected: rest.length > 0 ? rest : undefined })
    })
    setSelected(members[0]?.id)
    heading.current?.focus()
  }
  // The family says the expected baby is born: it becomes a child whose age the family gives; its mother gave birth.
  const bornAsChild = (babyId: string) => {
    const baby = expected.find((other) => other.id === babyId)
    const id = freshId('p', household)
    const child = newMember({ id, role: 'child' })
    setHousehold((current) => {
      const rest = (current.expected ?? []).filter((other) => other.id !== babyId)
      return withAnswers(current, {
        members: [
          ...current.members.map((member) =>
            member.id === baby?.mother && member.gaveBirth === undefined ? withAnswers(member, { gaveBirth: true }) : member,
          ),
          child,
        ],
        expected: rest.length > 0 ? rest : undefined,
      })
    })
    setSelected(id)
    setFocusOn(id)
    setMessage(texts.messages.born)
  }
  const remove = (id: string) => {
    const rest = members.filter((member) => member.id !== id)
    given.current.delete(id)
    // An expected baby of the person removed asks again who expects it.
    setHousehold((current) =>
      withAnswers(
        { ...current, members: current.members.filter((member) => member.id !== id) },
        { expected: current.expected?.map((baby) => (baby.mother === id ? withAnswers(baby, { mother: undefined }) : baby)) },
      ),
    )
    setSelected(rest[0]?.id)
    heading.current?.focus()
  }
  const remember = () => {
    const saved = store(household)
    setRemembered(saved)
    setFollowing(saved)
    setMessage(saved ? texts.messages.remembered : texts.messages.rememberFailed)
  }
  const forget = () => {
    store()
    setRemembered(false)
    setFollowing(false)
    setSharing(false)
    if (location.hash) history.replaceState(null, '', location.pathname + location.search)
    setMessage(texts.messages.forgotten)
  }
  const restart = () => {
    forgetAnswersForAll()
    setGeneration((current) => current + 1)
    setHousehold(emptyHousehold)
    setFocusOn(undefined)
    setSelected(undefined)
    setSharing(false)
    setMessage(texts.messages.restarted)
  }
  const shareUrl =
    sharing && members.length > 0 ? `${location.origin}${location.pathname}#${shareFragmentKey}=${encodeHouseholdJson(household)}` : ''
  const copy = () =>
    navigator.clipboard?.writeText(shareUrl).then(
      () => setMessage(texts.messages.copied),
      () => setMessage(texts.messages.copyFailed),
    )
  const shown = listMode ? members : members.filter((member) => member.id === selected)
  const shownExpected = listMode ? expected : expected.filter((baby) => baby.id === selected)
  const empty = members.length === 0 && expected.length === 0
  const figureCount = members.length + expected.length

  return (
    <FinderLanguageContext.Provider value={language}>
      <div className="fp-matcher" data-ready={ready || undefined}>
        <div className="fp-matcher__app">
          <section className="fp-matcher__household" aria-labelledby="fpm-haushalt">
            <h2 id="fpm-haushalt" tabIndex={-1} ref={heading}>
              {texts.household.heading}
            </h2>
            <p className="fp-matcher__hint">{texts.household.hint}</p>
            <HouseholdPicture members={members} expected={expected} selected={selected} select={setSelected} />
            {figureCount > 1 && (
              <button type="button" className="fp-matcher__link-button" onClick={() => setListMode(!listMode)}>
                {listMode ? texts.household.editSelected : texts.household.editAll}
              </button>
            )}
            {shown.map((member) => (
              <MemberFields
                key={`${member.id}-${generation}`}
                member={member}
                members={members}
                update={(answers) => update(member.id!, answers)}
                remove={() => remove(member.id!)}
                focusFirst={member.id === focusOn}
                focused={() => setFocusOn(undefined)}
              />
            ))}
            {shownExpected.map((baby) => (
              <ExpectedFields
                key={`${baby.id}-${generation}`}
                baby={baby}
                members={members}
                today={today}
                update={(answers) => updateExpected(baby.id, answers)}
                remove={() => removeExpected(baby.id)}
                born={() => bornAsChild(baby.id)}
                focusFirst={baby.id === focusOn}
                focused={() => setFocusOn(undefined)}
              />
            ))}
            {/* After the people: Tab goes from one person's last answer to "add the next one". */}
            <div className="fp-matcher__buttons">
              <button type="button" className="fp-button" disabled={members.length >= maxMembers} onClick={() => add('adult')}>
                {texts.household.addAdult}
              </button>
              <button type="button" className="fp-button" disabled={members.length >= maxMembers} onClick={() => add('child')}>
                {texts.household.addChild}
              </button>
              <button type="button" className="fp-button" disabled={expected.length >= maxExpected} onClick={addExpected}>
                {texts.household.addExpected}
              </button>
            </div>
            <HouseholdFacts
              key={generation}
              household={household}
              addExpected={addExpected}
              update={(answers) => setHousehold((current) => withAnswers(current, answers))}
              answerForAll={answerForAll}
            />
            {result && (
              // On a phone the results start far below: a link that stays in view while the family answers.
              <a
                className="fp-matcher__jump"
                href="#fpm-ergebnis"
                onClick={(event) => {
                  event.preventDefault()
                  const target = document.getElementById('fpm-ergebnis')
                  target?.scrollIntoView()
                  target?.focus()
                }}
              >
                {texts.results.jump(result.matches.length)}
              </a>
            )}
          </section>

          <section className="fp-matcher__actions" aria-labelledby="fpm-aktionen">
            <h2 id="fpm-aktionen">{texts.actions.heading}</h2>
            <p className="fp-matcher__hint">{texts.actions.hint}</p>
            <div className="fp-matcher__buttons">
              {!terminal && (
                <>
                  <button type="button" className="fp-button fp-button--secondary" disabled={empty} onClick={remember}>
                    {texts.actions.remember}
                  </button>
                  {remembered && (
                    <button type="button" className="fp-button fp-button--secondary" onClick={forget}>
                      {texts.actions.forget}
                    </button>
                  )}
                  <button
                    type="button"
                    className="fp-button fp-button--secondary"
                    disabled={empty}
                    aria-expanded={sharing}
                    onClick={() => setSharing(!sharing)}
                  >
                    {texts.actions.share}
                  </button>
                </>
              )}
              <button type="button" className="fp-button fp-button--secondary" disabled={empty} onClick={() => print()}>
                {terminal ? texts.actions.printTerminal : texts.actions.print}
              </button>
              <button type="button" className="fp-button fp-button--secondary" disabled={empty} onClick={restart}>
                {texts.actions.restart}
              </button>
            </div>
            {!terminal && (
              <div className="fp-matcher__calendar">
                <p id="fpm-kalender-hinweis">{calendarCount > 0 ? texts.calendar.ready(calendarCount) : texts.calendar.none}</p>
                <label className="fp-matcher__choice">
                  <input type="checkbox" checked={calendarWithNames} onChange={(event) => setCalendarWithNames(event.target.checked)} />{' '}
                  {texts.calendar.withNames}
                </label>
                <button
                  type="button"
                  className="fp-button fp-button--secondary"
                  disabled={calendarCount === 0}
                  aria-describedby="fpm-kalender-hinweis"
                  onClick={() =>
                    downloadCalendar(
                      // With the site's address, so that each entry links to its offer from the calendar app.
                      familyCalendarEvents({
                        household: judged!,
                        result: result!,
                        offers,
                        language,
                        withNames: calendarWithNames,
                        origin: location.origin,
                      }),
                    )
                  }
                >
                  {texts.calendar.button}
                </button>
              </div>
            )}
            {shareUrl && (
              <div className="fp-matcher__share">
                <p className="fp-matcher__warning" id="fpm-link-warnung">
                  <strong>{texts.actions.warningLead}</strong> {texts.actions.warning}
                </p>
                <label htmlFor="fpm-link">{texts.actions.linkLabel}</label>
                <input
                  id="fpm-link"
                  type="text"
                  readOnly
                  value={shareUrl}
                  aria-describedby="fpm-link-warnung"
                  onFocus={(event) => event.target.select()}
                />
                {typeof navigator !== 'undefined' && navigator.clipboard && (
                  <button type="button" className="fp-button fp-button--secondary" onClick={copy}>
                    {texts.actions.copy}
                  </button>
                )}
              </div>
            )}
            <p className="fp-matcher__message" role="status">
              {message}
            </p>
          </section>

          <Results
            result={result}
            offers={offersBySlug}
            topics={topics}
            members={judged?.members ?? []}
            receives={judged?.receives}
            summary={summary}
            pending={pending}
          />
        </div>
        <p className="fp-visually-hidden" aria-live="polite">
          {announced}
        </p>
        {result && judged && <Sheet result={result} offers={offersBySlug} members={judged.members} receives={judged.receives} />}
      </div>
    </FinderLanguageContext.Provider>
  )
}
