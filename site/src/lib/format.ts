const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return `${rest} Sekunden`
  return rest === 0 ? `${minutes} Minuten` : `${minutes} Min. ${rest} Sek.`
}

/** Phone numbers shown as text: no line break inside (non-breaking space and hyphen). */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
}

/** tel: links need digits only: "02381 17-0" → "tel:+4923811 70". */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  return `tel:${digits.startsWith('0') ? `+49${digits.slice(1)}` : digits}`
}
