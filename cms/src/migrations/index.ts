import * as migration_20261121_204431_initial from './20261121_204431_initial';

export const migrations = [
  {
    up: migration_20261121_204431_initial.up,
    down: migration_20261121_204431_initial.down,
    name: '20261121_204431_initial'
  },
];
