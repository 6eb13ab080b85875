/**
 * Repairs for accessibility defects of Payload's admin UI (3.90) that its configuration cannot
 * reach: react-select inputs without a label, focusable icons hidden from screen readers, icon
 * buttons without a name, the rich-text box without a name, a tab strip marked up as a list with
 * no list items, and a sortable chip that is a button around buttons. Each repair only adds or
 * corrects an attribute; none changes what a click or a key does. Colours and target sizes are
 * fixed in `custom.scss`. Checked by axe on every admin page editors use (tests/e2e/browser/admin).
 */

/** The visible label of the admin field that contains `element`, without the required marker. */
function fieldLabelOf(element: Element): string | undefined {
  const field = element.closest('.field-type, .rich-text-lexical')
  const label = field?.querySelector('label, .field-label')
  const text = label?.textContent?.replace(/\*\s*$/, '').trim()
  return text || undefined
}

function setAttribute(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

/** Icon buttons Payload renders without text, by the class that says what they do. */
const iconButtonNames: ReadonlyArray<readonly [selector: string, name: string]> = [
  ['.clickable-arrow--left', 'Vorherige Seite'],
  ['.clickable-arrow--right', 'Nächste Seite'],
  ['#action-save-popup .popup-button', 'Weitere Möglichkeiten zum Veröffentlichen'],
  ['.doc-controls__popup .popup-button', 'Weitere Aktionen'],
  ['.localizer .popup-button', 'Sprache wählen'],
  ['.list-selection .popup-button', 'Aktionen für die Auswahl'],
  ['.clipboard-action__popup .popup-button', 'Kopieren oder einfügen'],
  ['.array-actions .popup-button', 'Aktionen für diesen Eintrag'],
  ['.date-time-picker__clear-button', 'Datum löschen'],
  ['.upload-relationship-details__edit', 'Datei bearbeiten'],
  ['.upload-relationship-details__remove', 'Datei entfernen'],
  // The drag handle of a row (a role="button" div): it moves the row with Space and the arrow keys.
  ['.collapsible__drag[role="button"]', 'Eintrag verschieben'],
]

function hasName(element: Element) {
  return Boolean(
    element.getAttribute('aria-label')?.trim() ||
    element.getAttribute('aria-labelledby') ||
    element.textContent?.trim() ||
    element.querySelector('img[alt]:not([alt=""])'),
  )
}

export function repairAdminAccessibility(root: ParentNode) {
  // react-select: the chevron and the clear cross are hidden from screen readers yet reachable by Tab.
  // The select itself opens with the arrow keys and clears with Backspace, so they leave the tab order.
  for (const indicator of root.querySelectorAll('.rs__indicators [aria-hidden="true"]:is(button, [tabindex="0"])')) {
    setAttribute(indicator, 'tabindex', '-1')
  }

  // react-select's input carries no label: it gets the field's label (or, in the breadcrumb, what it picks).
  for (const input of root.querySelectorAll('input[id^="react-select-"]')) {
    if (input.getAttribute('aria-label') || input.getAttribute('aria-labelledby')) continue
    const name = input.closest('.dashboard-breadcrumb-select') ? 'Ansicht wählen' : fieldLabelOf(input)
    if (name) setAttribute(input, 'aria-label', name)
  }

  // The list's row checkboxes have an empty name.
  for (const checkbox of root.querySelectorAll('input[type="checkbox"]:is([aria-label=""], :not([aria-label]))')) {
    if (checkbox.id && root.querySelector?.(`label[for="${CSS.escape(checkbox.id)}"]`)?.textContent?.trim()) continue
    if (checkbox.closest('label')?.textContent?.trim()) continue
    const row = checkbox.closest('tr')
    if (!row) continue
    if (row.closest('thead')) {
      setAttribute(checkbox, 'aria-label', 'Alle Zeilen auswählen')
      continue
    }
    const title = row.querySelector('td:nth-child(2)')?.textContent?.trim()
    setAttribute(checkbox, 'aria-label', title ? `Zeile auswählen: ${title}` : 'Zeile auswählen')
  }

  for (const [selector, name] of iconButtonNames) {
    for (const button of root.querySelectorAll(selector)) {
      if (!hasName(button)) setAttribute(button, 'aria-label', name)
    }
  }

  // A joined document's "open in a drawer" icon, named with the document it opens.
  for (const toggler of root.querySelectorAll('.drawer-link__doc-drawer-toggler')) {
    if (hasName(toggler)) continue
    const title = toggler.closest('.drawer-link')?.textContent?.trim()
    setAttribute(toggler, 'aria-label', title ? `${title} in einem Fenster öffnen` : 'In einem Fenster öffnen')
  }

  // The date picker's text input has no label.
  for (const input of root.querySelectorAll<HTMLInputElement>('.react-datepicker__input-container input')) {
    if (input.getAttribute('aria-label') || input.getAttribute('aria-labelledby') || input.labels?.length) continue
    const name = fieldLabelOf(input)
    if (name) setAttribute(input, 'aria-label', name)
  }

  // The rich-text box (Lexical) is a textbox without a name.
  for (const editable of root.querySelectorAll('[contenteditable="true"][role="textbox"]')) {
    if (editable.getAttribute('aria-label') || editable.getAttribute('aria-labelledby')) continue
    const name = fieldLabelOf(editable)
    if (name) setAttribute(editable, 'aria-label', name)
  }

  // A drawer (the block chooser, a related document) is named by its internal id, „drawer_1_blocks-drawer-…“.
  for (const drawer of root.querySelectorAll('dialog[aria-label^="drawer_"]')) {
    const title = drawer.querySelector('h1, h2, h3')?.textContent?.trim()
    if (title) setAttribute(drawer, 'aria-label', title)
  }

  // "Versionen 12": the link's name must contain what it shows.
  for (const tab of root.querySelectorAll('a.doc-tab[aria-label], button.doc-tab[aria-label]')) {
    const visible = tab.textContent?.replace(/\s+/g, ' ').trim()
    if (visible && !visible.includes(tab.getAttribute('aria-label') ?? '')) tab.removeAttribute('aria-label')
    else if (visible) setAttribute(tab, 'aria-label', visible)
  }

  // The document's tabs are links and a popup in a <ul> without <li>: not a list.
  for (const strip of root.querySelectorAll('ul.doc-tabs__tabs')) {
    if ([...strip.children].some((child) => child.tagName !== 'LI')) setAttribute(strip, 'role', 'none')
  }

  // A chosen relation is a draggable "button" holding the edit and remove buttons; it is a group.
  for (const chip of root.querySelectorAll('.rs__multi-value[role="button"]')) {
    setAttribute(chip, 'role', 'group')
  }
}

/** Set on <html> while the repairs are kept applied: the server-rendered page before hydration lacks them. */
export const adminAccessibleAttribute = 'data-admin-accessible'

/**
 * Keeps the repairs applied while React renders: after every batch of DOM changes, before the
 * browser paints or a screen reader reads it. A repair only writes an attribute that differs, so
 * the changes it makes itself settle at once. Returns the function that stops it.
 */
export function keepAdminAccessible(document: Document): () => void {
  const observer = new MutationObserver(() => repairAdminAccessibility(document))
  repairAdminAccessibility(document)
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-label', 'aria-hidden', 'tabindex', 'role'],
  })
  document.documentElement.setAttribute(adminAccessibleAttribute, '')
  return () => {
    observer.disconnect()
    document.documentElement.removeAttribute(adminAccessibleAttribute)
  }
}
