import { describe, expect, it } from 'vitest';
import { detectClaim } from '../../src/claims/detect.js';

describe('claim detection', () => {
  it('recognises statements, with or without the words around them, in both languages', () => {
    expect(detectClaim('Rusia kirim 20 ribu tentara ke Korea Utara')).toEqual({ statement: 'Rusia kirim 20 ribu tentara ke Korea Utara' });
    expect(detectClaim('Benarkah Korea Utara mengirim 14 ribu tentara ke Rusia?')).toEqual({ statement: 'Korea Utara mengirim 14 ribu tentara ke Rusia', marker: 'Benarkah' });
    expect(detectClaim('katanya korut kirim 20rb tentara ke rusia')?.statement).toBe('korut kirim 20rb tentara ke rusia');
    expect(detectClaim('Korea Utara kirim 20 ribu tentara ke Rusia, hoaks?')?.statement).toBe('Korea Utara kirim 20 ribu tentara ke Rusia');
    expect(detectClaim('Korut kirim 14rb tentara ke Rusia bener gak?')?.statement).toBe('Korut kirim 14rb tentara ke Rusia');
    expect(detectClaim('Is it true that North Korea sent 20,000 troops to Russia?')?.statement).toBe('North Korea sent 20,000 troops to Russia');
    expect(detectClaim('/cite@example_news_bot North Korea sent 20,000 troops to Russia.')?.statement).toBe('North Korea sent 20,000 troops to Russia');
  });

  it('takes a yes/no question stating a figure or a date as a claim', () => {
    expect(detectClaim('Did North Korea send 20,000 troops to Russia?')).toBeDefined();
    expect(detectClaim('Apakah Korea Utara mengirim pasukan?')).toBeUndefined();
  });

  it('leaves questions and bare topics alone', () => {
    for (const q of ['Berapa tentara Korea Utara yang dikirim ke Rusia?', 'How many North Korean soldiers died?', 'Apa kata Putin tentang pasukan Korea Utara?', 'Kursk', 'Kim Jong Un', '', 'Jelaskan pengiriman pasukan Korea Utara ke Rusia', 'Tell me about North Korean troops in Russia']) {
      expect(detectClaim(q), q).toBeUndefined();
    }
  });
});
