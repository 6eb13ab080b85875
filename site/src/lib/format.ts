/** Phone numbers shown as text: no line break inside (non-breaking space and hyphen). */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
}

/** tel: links need digits only: "02381 17-0" → "tel:+4923811 70". */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  return `tel:${digits.startsWith('0') ? `+49${digits.slice(1)}` : digits}`
}
