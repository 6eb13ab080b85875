'use client'
import React, { useEffect } from 'react'

import { keepAdminAccessible } from '../lib/adminAccessibility.ts'

/** Wraps the whole admin: keeps the accessibility repairs of Payload's own UI applied. */
export function AdminAccessibility({ children }: { children?: React.ReactNode }) {
  useEffect(() => keepAdminAccessible(document), [])
  return <>{children}</>
}
