// Terminal mode for the touch terminal at the Familien-Service-Theke (README, "Terminal mode").
// Switched on for this browser with /?terminal=an (optionally &leerlauf=SECONDS&countdown=SECONDS),
// off with /?terminal=aus; kept in a cookie that holds only those two numbers. In terminal mode:
// large touch targets, no link that leaves the site, every navigation replaces the page (the
// history stays one entry long), and after some minutes without input a visible countdown – which a
// touch cancels – clears what the visitor left (local and session storage) and shows the start page.
;(() => {
  const cookieName = 'fp-terminal'
  const params = new URLSearchParams(location.search)
  const switchTo = params.get('terminal')
  const seconds = (name, fallback, min, max) => {
    const value = Number(params.get(name))
    return Number.isFinite(value) && value >= min && value <= max ? Math.round(value) : fallback
  }
  if (switchTo === 'an') {
    const idle = seconds('leerlauf', 180, 1, 3600)
    const countdown = seconds('countdown', 30, 1, 300)
    document.cookie = `${cookieName}=${idle}-${countdown}; Max-Age=31536000; Path=/; SameSite=Strict`
  } else if (switchTo === 'aus') {
    document.cookie = `${cookieName}=; Max-Age=0; Path=/; SameSite=Strict`
  }
  const setting = /(?:^|;\s*)fp-terminal=(\d+)-(\d+)/.exec(document.cookie)
  if (!setting) return
  const idleSeconds = Number(setting[1])
  const countdownSeconds = Number(setting[2])
  const root = document.documentElement
  root.setAttribute('data-terminal', '')

  const reset = () => {
    try {
      localStorage.clear()
      sessionStorage.clear()
    } catch {
      // Storage switched off: nothing was kept.
    }
    location.replace('/')
  }
  // The quick exit and "Neu beginnen" at the terminal: the next visitor's start page, nothing kept.
  if (switchTo === 'neu') return reset()
  if (switchTo) history.replaceState(null, '', location.pathname + location.hash)

  const texts = {
    de: {
      offsite: 'nur am eigenen Gerät',
      ending: (s) => `Diese Sitzung endet in ${s} Sekunden. Ihre Angaben werden dann gelöscht.`,
      stay: 'Weitermachen',
    },
    en: {
      offsite: 'only on your own device',
      ending: (s) => `This session ends in ${s} seconds. Your answers will then be deleted.`,
      stay: 'Continue',
    },
    tr: {
      offsite: 'yalnızca kendi cihazınızda',
      ending: (s) => `Bu oturum ${s} saniye içinde sona erecek. Bilgileriniz o zaman silinecek.`,
      stay: 'Devam et',
    },
    ar: { offsite: 'على جهازك فقط', ending: (s) => `تنتهي هذه الجلسة خلال ${s} ثانية. ستُحذف بياناتك عندها.`, stay: 'متابعة' },
    uk: {
      offsite: 'лише на власному пристрої',
      ending: (s) => `Ця сесія завершиться через ${s} с. Тоді ваші дані буде видалено.`,
      stay: 'Продовжити',
    },
  }
  const text = texts[root.lang] ?? texts.de

  const ready = () => {
    // Links that leave the site (other sites, e-mail, phone) become text with their address: at a
    // public terminal nobody should end up in a mail program or on a page the site cannot reset.
    for (const link of document.querySelectorAll('a[href]')) {
      const url = new URL(link.href, location.href)
      if (link.hasAttribute('data-fp-leave')) {
        link.href = '/?terminal=neu'
        continue
      }
      if (url.origin === location.origin) continue
      const span = document.createElement('span')
      span.className = 'fp-terminal-offsite'
      span.append(...link.childNodes)
      const where =
        url.protocol === 'mailto:' || url.protocol === 'tel:' ? decodeURIComponent(url.pathname) : url.host + url.pathname.replace(/\/$/, '')
      const note = document.createElement('span')
      note.className = 'fp-terminal-offsite__note'
      note.textContent = ` (${where} – ${text.offsite})`
      span.append(note)
      link.replaceWith(span)
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready)
  else ready()

  // Every navigation replaces the page, so the Back gesture cannot bring back a visitor's pages.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!link || event.defaultPrevented || link.target || link.hasAttribute('download')) return
    const url = new URL(link.href, location.href)
    if (url.origin !== location.origin) return
    event.preventDefault()
    if (url.pathname === location.pathname && url.search === location.search && url.hash) location.hash = url.hash
    else location.replace(url.href)
  })
  document.addEventListener('submit', (event) => {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented || (form.method || 'get').toLowerCase() !== 'get') return
    event.preventDefault()
    const url = new URL(form.action || location.href, location.href)
    url.search = new URLSearchParams(new FormData(form)).toString()
    location.replace(url.href)
  })
  history.pushState = history.replaceState.bind(history)

  // After idleSeconds without input: a countdown anyone can see and stop with a touch, then the reset.
  let idleTimer
  let tick
  let dialog
  const stopCountdown = () => {
    clearInterval(tick)
    dialog?.remove()
    dialog = undefined
  }
  const startCountdown = () => {
    let left = countdownSeconds
    dialog = document.createElement('div')
    dialog.className = 'fp-terminal-countdown'
    dialog.setAttribute('role', 'alertdialog')
    dialog.setAttribute('aria-modal', 'false')
    dialog.setAttribute('aria-labelledby', 'fp-terminal-countdown-text')
    const message = document.createElement('p')
    message.id = 'fp-terminal-countdown-text'
    message.textContent = text.ending(left)
    const stay = document.createElement('button')
    stay.type = 'button'
    stay.className = 'fp-button'
    stay.textContent = text.stay
    dialog.append(message, stay)
    document.body.append(dialog)
    stay.focus()
    tick = setInterval(() => {
      left -= 1
      if (left <= 0) {
        clearInterval(tick)
        reset()
        return
      }
      message.textContent = text.ending(left)
    }, 1000)
  }
  const active = () => {
    stopCountdown()
    clearTimeout(idleTimer)
    idleTimer = setTimeout(startCountdown, idleSeconds * 1000)
  }
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) addEventListener(type, active, { capture: true, passive: true })
  // A fresh start page with nothing stored waits for the next visitor's first touch.
  let stored = 0
  try {
    stored = localStorage.length + sessionStorage.length
  } catch {
    // Storage switched off.
  }
  if (location.pathname !== '/' || location.search || location.hash || stored > 0) active()
})()
