/** Empty is allowed (the field is optional); anything else must be a full http(s) address. */
export function validateUrl(value: unknown): string | true {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Bitte eine Internetadresse eingeben.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return 'Bitte eine vollständige Internetadresse eingeben, die mit https:// beginnt.'
}

export function validateEmail(value: unknown): string | true {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return true
  return 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. familienbuero@stadt.hamm.de.'
}

export function validatePostalCode(value: unknown): string | true {
  if (typeof value === 'string' && /^\d{5}$/.test(value)) return true
  return 'Bitte eine fünfstellige Postleitzahl eingeben, z. B. 59065.'
}
