import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { AWAIT_PREVIEW_SETTINGS_ENV, previewSettingsMessage, receivePreviewSettings } from '../../../../src/site/preview-settings/preview-settings.js';

/** The dev server's end of the IPC channel: what it sends, and `npm start` answering or going away. */
class Channel extends EventEmitter {
  connected = true;
  sent: unknown[] = [];
  send = (message: unknown) => this.sent.push(message);
}

describe('the dev server waiting for npm start’s settings', () => {
  it('asks once it listens, then adds the settings to its environment; a reload of the config does not wait again', async () => {
    const env: NodeJS.ProcessEnv = { [AWAIT_PREVIEW_SETTINGS_ENV]: '1', SCS_CONTENT_DIR: '/tree' };
    const channel = new Channel();
    const received = receivePreviewSettings(env, channel);
    expect(channel.sent).toEqual([{ kind: 'awaiting-preview-settings' }]);
    expect(env.SCS_PREVIEW_FOCUS).toBeUndefined();
    channel.emit('message', previewSettingsMessage({ SCS_PREVIEW_FOCUS: '/focus.json' }));
    await received;
    expect(env).toEqual({ SCS_CONTENT_DIR: '/tree', SCS_PREVIEW_FOCUS: '/focus.json' });
    await receivePreviewSettings(env, new Channel()); // would wait forever if it waited
  });

  it('goes on at once when nothing asked it to wait (a build, or docusaurus start run directly)', async () => {
    const channel = new Channel();
    await receivePreviewSettings({}, channel);
    expect(channel.sent).toEqual([]);
  });

  it('stops when npm start goes away before its sync is done', async () => {
    const channel = new Channel();
    const received = receivePreviewSettings({ [AWAIT_PREVIEW_SETTINGS_ENV]: '1' }, channel);
    channel.emit('disconnect');
    await expect(received).rejects.toThrow('npm start stopped before its sync was done');
  });
});
