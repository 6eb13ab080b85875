/**
 * The household in a URL fragment (`#familie=…`): base64url of its JSON. Fragments never reach a
 * server, so a shared link tells nobody about the family but the person it is sent to.
 * No validation here (this module is bundled into the browser island, which must stay small);
 * `decodeHousehold` in shareLink.ts validates.
 */
export const shareFragmentKey = 'familie'

export function encodeHouseholdJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The JSON value in a share link, a bare fragment or plain JSON text; undefined when unreadable. */
export function decodeHouseholdJson(text: string): unknown {
  const trimmed = text.trim()
  try {
    if (trimmed.startsWith('{')) return JSON.parse(trimmed)
    const match = new RegExp(`${shareFragmentKey}=([A-Za-z0-9_-]+)`).exec(trimmed)
    if (!match) return undefined
    const binary = atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/'))
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))))
  } catch {
    return undefined
  }
}
