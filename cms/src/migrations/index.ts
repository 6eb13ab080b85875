import * as migration_20261121_204431_initial from './20261121_204431_initial'
import * as migration_20261121_210901_content_model from './20261121_210901_content_model'
import * as migration_20261121_212915_partial_translations from './20261121_212915_partial_translations'
import * as migration_20261121_213343_eligibility_rules from './20261121_213343_eligibility_rules'
import * as migration_20261204_200000_nested_rule_blocks from './20261204_200000_nested_rule_blocks'
import * as migration_20261204_224732_offer_benefit from './20261204_224732_offer_benefit'
import * as migration_20261205_034226_offer_deadline_importance_translation from './20261205_034226_offer_deadline_importance_translation'
import * as migration_20261205_035240_quick_exit from './20261205_035240_quick_exit'
import * as migration_20261205_071824_offer_amount from './20261205_071824_offer_amount'
import * as migration_20261205_090348_offer_amount_less_maintenance from './20261205_090348_offer_amount_less_maintenance'
import * as migration_20261205_120658_open_data_licence from './20261205_120658_open_data_licence'
import * as migration_20261205_122826_birth_reminders from './20261205_122826_birth_reminders'
import * as migration_20261205_143239_locales_parent_index from './20261205_143239_locales_parent_index'

export const migrations = [
  {
    up: migration_20261121_204431_initial.up,
    down: migration_20261121_204431_initial.down,
    name: '20261121_204431_initial',
  },
  {
    up: migration_20261121_210901_content_model.up,
    down: migration_20261121_210901_content_model.down,
    name: '20261121_210901_content_model',
  },
  {
    up: migration_20261121_212915_partial_translations.up,
    down: migration_20261121_212915_partial_translations.down,
    name: '20261121_212915_partial_translations',
  },
  {
    up: migration_20261121_213343_eligibility_rules.up,
    down: migration_20261121_213343_eligibility_rules.down,
    name: '20261121_213343_eligibility_rules',
  },
  {
    up: migration_20261204_200000_nested_rule_blocks.up,
    down: migration_20261204_200000_nested_rule_blocks.down,
    name: '20261204_200000_nested_rule_blocks',
  },
  {
    up: migration_20261204_224732_offer_benefit.up,
    down: migration_20261204_224732_offer_benefit.down,
    name: '20261204_224732_offer_benefit',
  },
  {
    up: migration_20261205_034226_offer_deadline_importance_translation.up,
    down: migration_20261205_034226_offer_deadline_importance_translation.down,
    name: '20261205_034226_offer_deadline_importance_translation',
  },
  {
    up: migration_20261205_035240_quick_exit.up,
    down: migration_20261205_035240_quick_exit.down,
    name: '20261205_035240_quick_exit',
  },
  {
    up: migration_20261205_071824_offer_amount.up,
    down: migration_20261205_071824_offer_amount.down,
    name: '20261205_071824_offer_amount',
  },
  {
    up: migration_20261205_090348_offer_amount_less_maintenance.up,
    down: migration_20261205_090348_offer_amount_less_maintenance.down,
    name: '20261205_090348_offer_amount_less_maintenance',
  },
  {
    up: migration_20261205_120658_open_data_licence.up,
    down: migration_20261205_120658_open_data_licence.down,
    name: '20261205_120658_open_data_licence',
  },
  {
    up: migration_20261205_122826_birth_reminders.up,
    down: migration_20261205_122826_birth_reminders.down,
    name: '20261205_122826_birth_reminders',
  },
  {
    up: migration_20261205_143239_locales_parent_index.up,
    down: migration_20261205_143239_locales_parent_index.down,
    name: '20261205_143239_locales_parent_index',
  },
]
