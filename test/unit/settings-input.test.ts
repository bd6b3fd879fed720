import { strict as assert } from 'node:assert';
import { defaultRunSettings, defaultSettings } from '../../src/core/settings';
import { runSettingsFromUser, settingsFromUser } from '../../src/core/settings-input';

describe('settings-input', () => {
  it('keeps run settings of the right shape', () => {
    assert.deepEqual(
      runSettingsFromUser({
        run: { parallel: 3, journalFolder: ' ops/runs ', maskPatterns: ['DB_*', 7, 'API_KEY'] },
      }),
      { parallel: 3, journalFolder: 'ops/runs', maskPatterns: ['DB_*', 'API_KEY'] },
    );
  });

  it('falls back to the defaults for anything else', () => {
    for (const run of [
      {},
      { parallel: 0, journalFolder: '  ', maskPatterns: 'DB_*' },
      { parallel: 1.5, journalFolder: 3 },
    ])
      assert.deepEqual(runSettingsFromUser({ run }), defaultRunSettings, JSON.stringify(run));
    assert.deepEqual(runSettingsFromUser(null), defaultRunSettings);
    assert.deepEqual(runSettingsFromUser({}), defaultRunSettings);
  });

  it('reads the core’s settings as the language server does, megabytes into bytes', () => {
    const settings = settingsFromUser({ maxFileSize: 2, timeFormat: '12h', safetyFactor: 0.5 });
    assert.equal(settings.maxFileSizeBytes, 2 * 1024 * 1024);
    assert.equal(settings.timeFormat, '12h');
    assert.equal(settings.safetyFactor, defaultSettings.safetyFactor);
  });

  it('reads the diagnostics scope, workspace unless openFiles is written', () => {
    assert.equal(
      settingsFromUser({ diagnostics: { scope: 'openFiles' } }).diagnosticsScope,
      'openFiles',
    );
    for (const diagnostics of [{ scope: 'workspace' }, { scope: 'open' }, { scope: 3 }, {}])
      assert.equal(settingsFromUser({ diagnostics }).diagnosticsScope, 'workspace');
    assert.equal(settingsFromUser(null).diagnosticsScope, 'workspace');
  });
});
