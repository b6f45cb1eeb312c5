import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyField } from './ui';

describe('CopyField', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('says Copied once the clipboard took the value', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<CopyField label="Onboarding link" value="https://x.example/hosted/links/l1" />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('https://x.example/hosted/links/l1');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('does not claim a copy the browser refused, and says to copy by hand', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<CopyField label="Remediation link" value="https://x.example/hosted/links/l2" />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringContaining('copy it'));
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });
});
