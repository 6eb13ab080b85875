// „Seite schnell verlassen": the link (or Escape pressed twice) replaces this page with a neutral one.
// location.replace takes this page out of the Back button's way (the pages before it stay in the history, the
// hint says so); without JavaScript the link still leads there.
;(() => {
  // Terminal mode (README): its script loads only in the terminal's browser, or when the address switches it.
  if (/(?:^|;\s*)fp-terminal=/.test(document.cookie) || /[?&]terminal=/.test(window.location.search)) {
    const terminal = document.createElement('script')
    terminal.src = '/terminal.js'
    document.head.append(terminal)
  }
  const link = document.querySelector('[data-fp-leave]')
  if (!link) return
  const leave = (event) => {
    event.preventDefault()
    window.location.replace(link.href)
  }
  for (const each of document.querySelectorAll('[data-fp-leave]')) each.addEventListener('click', leave)
  let lastEscape = 0
  document.addEventListener('keydown', (event) => {
    // Held down, Escape repeats: only two separate presses leave.
    if (event.key !== 'Escape' || event.repeat) return
    const now = Date.now()
    if (now - lastEscape < 1000) leave(event)
    lastEscape = now
  })
})()
