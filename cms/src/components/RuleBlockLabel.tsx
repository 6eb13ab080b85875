'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { conditionSentence } from '@familienrathaus/content-schemas'

/** A rule block titled by what it says („Ein Kind jünger als 3 Jahre ist“), not „Ohne Titel“. */
export function RuleBlockLabel() {
  const { data } = useRowLabel<Record<string, unknown>>()
  const sentence = conditionSentence(data ?? {})
  return <span>{sentence.charAt(0).toUpperCase() + sentence.slice(1)}</span>
}
