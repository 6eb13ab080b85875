import type { LexicalNode, RichText } from '@familienrathaus/content-schemas'

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapeMap[char] ?? char)
}

/** Only links a family can safely follow: web, mail, phone and site-relative addresses. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  const trimmed = href.trim()
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  return undefined
}

// Lexical's text format bit flags.
const textFormats: [bit: number, tag: string][] = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
]

function renderText(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of textFormats) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

function renderChildren(node: LexicalNode): string {
  return (node.children ?? []).map(renderNode).join('')
}

function renderNode(node: LexicalNode): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const inner = renderChildren(node)
      return inner ? `<p>${inner}</p>` : ''
    }
    case 'heading': {
      // The page title is the only h1; headings inside content start at h2.
      const level = Math.min(Math.max(Number(String(node.tag ?? 'h2').replace('h', '')) || 2, 2), 6)
      return `<h${level}>${renderChildren(node)}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${renderChildren(node)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${renderChildren(node)}</${tag}>`
    }
    case 'listitem':
      return `<li>${renderChildren(node)}</li>`
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink': {
      const fields = (node.fields ?? {}) as { url?: unknown }
      const href = safeHref(fields.url ?? node.url)
      const inner = renderChildren(node)
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner
    }
    default:
      // Unknown or embedded blocks: keep their text, drop the wrapper.
      return renderChildren(node)
  }
}

/** Lexical JSON to HTML. Text is escaped and only safe link targets survive, so editor input stays inert. */
export function richTextToHtml(richText: RichText | undefined): string {
  if (!richText) return ''
  return richText.root.children.map(renderNode).join('')
}

/** The plain text of rich text, for descriptions and structured data. */
export function richTextToPlain(richText: RichText | undefined): string {
  if (!richText) return ''
  const walk = (node: LexicalNode): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(walk).join(node.type === 'root' ? '\n' : '')
  return richText.root.children.map(walk).join('\n').trim()
}
