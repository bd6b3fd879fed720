import { strict as assert } from 'node:assert';
import { ExportError } from '../../../src/core/export/export-error';
import { renderStatuspage, statuspageMaintenance } from '../../../src/core/export/statuspage';
import { exampleModel, textModel } from './export-fixtures';

describe('export/statuspage', () => {
  it("schedules seed 004's window in UTC with its components, reminders and automatic transitions", () => {
    const { incident } = statuspageMaintenance(
      exampleModel('campaign-app-2019/planned-maintenance.announcement.yaml'),
    );
    assert.deepEqual(
      [incident.name, incident.status, incident.scheduled_for, incident.scheduled_until],
      [
        'Planned Maintenance - March 24, 2019',
        'scheduled',
        '2019-03-24T04:00:00Z',
        '2019-03-24T05:00:00Z',
      ],
    );
    assert.deepEqual(
      [
        incident.scheduled_remind_prior,
        incident.scheduled_auto_in_progress,
        incident.scheduled_auto_completed,
      ],
      [true, true, true],
    );
    assert.deepEqual(incident.components, {
      'web app': 'under_maintenance',
      newsletters: 'under_maintenance',
      automations: 'under_maintenance',
      'opt-in and welcome emails': 'under_maintenance',
    });
    // The body converts by the core, so New York reads 00:00 on EDT whatever the file's "EST" label says.
    assert.match(
      incident.body,
      /^Sun 2019-03-24 04:00–05:00 UTC\n\nEST: 00:00\n\nWeb app, newsletters, automations and opt-in and welcome emails will be unavailable\.$/,
    );
  });

  it('writes UTC instants for a window in another zone, and JSON that parses back', () => {
    const text = renderStatuspage(
      exampleModel('cloudcannon-2018/scheduled-maintenance.announcement.yaml'),
    );
    const parsed = JSON.parse(text) as ReturnType<typeof statuspageMaintenance>;
    assert.deepEqual(
      [parsed.incident.scheduled_for, parsed.incident.scheduled_until],
      ['2018-11-13T04:00:00Z', '2018-11-13T06:00:00Z'],
    );
  });

  it('refuses, saying why, without a valid start, and cuts a name past 255 characters', () => {
    assert.throws(
      () => statuspageMaintenance(textModel('kind: announcement\ntitle: T\nzone: UTC\n')),
      ExportError,
    );
    const long = statuspageMaintenance(
      textModel(
        `kind: announcement\ntitle: ${'x'.repeat(300)}\nstart: 2026-07-19 08:00\nzone: UTC\nlength: 1h\n`,
      ),
    );
    assert.equal(long.incident.name.length, 255);
  });
});
