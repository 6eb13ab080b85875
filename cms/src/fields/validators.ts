import { contentPatterns, coordinateLimits, reminderOffsetLimits } from '@familienrathaus/content-schemas'

/** Field validators with German messages that say what to fix. Empty is allowed: `required` handles that. */

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

export function validateUrl(value: unknown): string | true {
  if (isEmpty(value)) return true
  if (typeof value === 'string' && value.length <= 2000) {
    try {
      const url = new URL(value)
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return true
    } catch {
      // fall through to the message
    }
  }
  return 'Bitte eine vollständige Internetadresse eingeben, die mit https:// beginnt, z. B. https://www.hamm.de.'
}

export function validateEmail(value: unknown): string | true {
  if (isEmpty(value)) return true
  if (typeof value === 'string' && value.length <= 254 && /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i.test(value)) {
    return true
  }
  return 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. familienbuero@stadt.hamm.de.'
}

/** German phone numbers as people write them: 02381 17-0, +49 2381 17-0, (02381) 17 60. */
export function validatePhone(value: unknown): string | true {
  if (isEmpty(value)) return true
  if (typeof value === 'string' && /^(\+\d{1,3}\s?)?(\(0?\d{2,5}\)|0?\d{2,5})[\s/-]?\d[\d\s/-]{1,14}\d$/.test(value.trim())) {
    const digits = value.replace(/\D/g, '')
    if (digits.length >= 6 && digits.length <= 15) return true
  }
  return 'Bitte eine Telefonnummer mit Vorwahl eingeben, z. B. 02381 17-0 oder +49 2381 17-0.'
}

export function validatePostalCode(value: unknown): string | true {
  if (typeof value === 'string' && contentPatterns.postalCode.test(value)) return true
  return 'Bitte eine fünfstellige Postleitzahl eingeben, z. B. 59065.'
}

/** HH:MM, 24-hour clock. */
export function validateTime(value: unknown): string | true {
  if (typeof value === 'string' && contentPatterns.time.test(value)) return true
  return 'Bitte die Uhrzeit im Format HH:MM eingeben, z. B. 08:30.'
}

/** LeiKa service keys have 14 digits; FIM keys look alike. */
export function validateLeikaKey(value: unknown): string | true {
  if (isEmpty(value)) return true
  if (typeof value === 'string' && /^\d{14}$/.test(value)) return true
  return 'Der LeiKa-/FIM-Schlüssel besteht aus 14 Ziffern, z. B. 99041008000000.'
}

export function validateLatitude(value: unknown): string | true {
  if (isEmpty(value)) return true
  const limit = coordinateLimits.latitude
  if (typeof value === 'number' && value >= -limit && value <= limit) return true
  return `Bitte einen Breitengrad zwischen -${limit} und ${limit} eingeben, z. B. 51.6739 für Hamm.`
}

export function validateLongitude(value: unknown): string | true {
  if (isEmpty(value)) return true
  const limit = coordinateLimits.longitude
  if (typeof value === 'number' && value >= -limit && value <= limit) return true
  return `Bitte einen Längengrad zwischen -${limit} und ${limit} eingeben, z. B. 7.8159 für Hamm.`
}

/** A birth-relative deadline's distance (required): whole weeks or months within the limits. */
export function validateReminderOffset(value: unknown): string | true {
  const { min, max } = reminderOffsetLimits
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return true
  return `Bitte eine ganze Zahl zwischen ${min} und ${max} eingeben: so viele Wochen oder Monate nach der Geburt (davor: mit Minus, z. B. -7).`
}
