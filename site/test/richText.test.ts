import { describe, expect, it } from 'vitest'

import type { RichText } from '@familienrathaus/content-schemas'

import { richTextToHtml, richTextToPlain, safeHref } from '../src/lib/richText.ts'

const doc = (...children: RichText['root']['children']): RichText => ({ root: { type: 'root', children } })
const text = (value: string, format = 0) => ({ type: 'text', text: value, format })

describe('richTextToHtml', () => {
  it('renders paragraphs, headings, lists and formats', () => {
    const html = richTextToHtml(
      doc(
        { type: 'heading', tag: 'h1', children: [text('Wer bekommt es?')] },
        { type: 'paragraph', children: [text('Alle '), text('Eltern', 1), text(' mit '), text('Kind', 2)] },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('Antrag stellen')] }] },
        { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Geburtsurkunde')] }] },
      ),
    )
    expect(html).toBe(
      '<h2>Wer bekommt es?</h2><p>Alle <strong>Eltern</strong> mit <em>Kind</em></p><ol><li>Antrag stellen</li></ol><ul><li>Geburtsurkunde</li></ul>',
    )
  })

  it('renders script typed by an editor as inert text', () => {
    const html = richTextToHtml(doc({ type: 'paragraph', children: [text('<script>alert("x")</script>')] }))
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>')
  })

  it('keeps safe links and drops javascript: links', () => {
    const html = richTextToHtml(
      doc({
        type: 'paragraph',
        children: [
          { type: 'link', fields: { url: 'https://www.hamm.de/' }, children: [text('Stadt Hamm')] },
          { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('böse')] },
        ],
      }),
    )
    expect(html).toBe('<p><a href="https://www.hamm.de/">Stadt Hamm</a>böse</p>')
  })

  it('accepts only web, mail, phone and site-relative targets', () => {
    expect(safeHref('mailto:familienbuero@stadt.hamm.de')).toBe('mailto:familienbuero@stadt.hamm.de')
    expect(safeHref(' tel:+49238117')).toBe('tel:+49238117')
    expect(safeHref('/angebote/')).toBe('/angebote/')
    expect(safeHref('//evil.example/')).toBeUndefined()
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,x')).toBeUndefined()
  })

  it('gives empty output for missing rich text and plain text for descriptions', () => {
    expect(richTextToHtml(undefined)).toBe('')
    expect(richTextToPlain(doc({ type: 'paragraph', children: [text('Eins')] }, { type: 'paragraph', children: [text('Zwei')] }))).toBe(
      'Eins\nZwei',
    )
  })
})
