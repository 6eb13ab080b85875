/** A moment as the admin writes it, in Hamm's time: „5. Dezember 2026 um 10:41“. */
export const germanDateTime = (iso: string) =>
  new Date(iso).toLocaleString('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  })
