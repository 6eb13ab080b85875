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
    // A session cookie with at least a minute of grace: a link that switched someone's own phone
    // into terminal mode loses its effect with the browser session, and never resets within seconds.
    // The terminal's kiosk browser opens /?terminal=an as its start page at every start.
    const idle = seconds('leerlauf', 180, 60, 3600)
    const countdown = seconds('countdown', 30, 10, 300)
    document.cookie = `${cookieName}=${idle}-${countdown}; Path=/; SameSite=Strict`
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
      ending: (s) => `Diese Sitzung endet in ${s === 1 ? 'einer Sekunde' : `${s} Sekunden`}. Ihre Angaben werden dann gelöscht.`,
      stay: 'Weitermachen',
    },
    en: {
      offsite: 'only on your own device',
      ending: (s) => `This session ends in ${s === 1 ? 'one second' : `${s} seconds`}. Your answers will then be deleted.`,
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

  // Links that leave the site (other sites, e-mail, phone) lose their address and show it as text:
  // at a public terminal nobody should end up in a mail program or on a page the site cannot reset.
  // Only attributes change (no element is replaced), so the finder's React island keeps its DOM; an
  // observer treats the links it renders later.
  // A page of the site stays a link; a file (JSON, CSV, a PDF, a video) would open without this
  // script – no reset, no way back – so it is treated like another site.
  const staysOnSite = (link, url) =>
    url.origin === location.origin &&
    !link.hasAttribute('download') &&
    !link.hasAttribute('target') &&
    !/\.[a-z0-9]+$/i.test(url.pathname.replace(/\/index\.html$/, '/'))
  const defuse = (link) => {
    if (link.hasAttribute('data-fp-leave')) {
      if (link.getAttribute('href') !== '/?terminal=neu') link.setAttribute('href', '/?terminal=neu')
      return
    }
    let url
    try {
      url = new URL(link.getAttribute('href'), location.href)
    } catch {
      url = new URL('about:blank')
    }
    if (staysOnSite(link, url)) return
    const where =
      url.protocol === 'mailto:' || url.protocol === 'tel:' ? decodeURIComponent(url.pathname) : url.host + url.pathname.replace(/\/$/, '')
    link.removeAttribute('href')
    link.setAttribute('data-terminal-offsite', `${where} – ${text.offsite}`)
  }
  const defuseAll = () => {
    for (const link of document.querySelectorAll('a[href]')) defuse(link)
  }
  const ready = () => {
    defuseAll()
    new MutationObserver(defuseAll).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] })
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready)
  else ready()

  // Every navigation replaces the page, so the Back gesture cannot bring back a visitor's pages.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!link || event.defaultPrevented) return
    event.preventDefault()
    const url = new URL(link.href, location.href)
    // An anchor on the same page too: location.hash would add a history entry.
    if (staysOnSite(link, url)) location.replace(url.href)
  })
  document.addEventListener('submit', (event) => {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return
    event.preventDefault()
    // The site's forms search (GET); anything else has no business at the terminal.
    if ((form.method || 'get').toLowerCase() !== 'get') return
    const url = new URL(form.action || location.href, location.href)
    if (url.origin !== location.origin) return
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
