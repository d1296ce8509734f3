/** How a call is said in the waiting room: the prefix spelled, the number as a number, the counter. */
export function spokenCall(code: string, counter?: string | null): string {
    const [prefix, number] = code.split('-');
    const letters = (prefix ?? '').split('').join(' ');
    const n = Number(number);
    const said = Number.isFinite(n) ? String(n) : (number ?? '');
    return `Turno ${letters} ${said}${counter ? `, pase a ${counter}` : ''}`;
}

export interface Speaker {
    speak(text: string): Promise<void>;
}

/** The browser's speech synthesis in Spanish, resolved when the utterance ends. */
export const browserSpeaker: Speaker = {
    speak(text) {
        return new Promise(resolve => {
            const synth = window.speechSynthesis;
            if (!synth) return resolve();
            const utterance = new SpeechSynthesisUtterance(text);
            utterance.lang = 'es-MX';
            const voice = synth.getVoices().find(v => v.lang === 'es-MX') ?? synth.getVoices().find(v => v.lang.startsWith('es'));
            if (voice) utterance.voice = voice;
            utterance.onend = () => resolve();
            utterance.onerror = () => resolve();
            synth.speak(utterance);
        });
    },
};

/** A short two-tone chime (Web Audio); silent where audio is not available. */
export async function chime(context: AudioContext | undefined): Promise<void> {
    if (!context) return;
    const now = context.currentTime;
    for (const [i, freq] of [880, 660].entries()) {
        const osc = context.createOscillator();
        const gain = context.createGain();
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, now + i * 0.35);
        gain.gain.exponentialRampToValueAtTime(0.3, now + i * 0.35 + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.35 + 0.3);
        osc.connect(gain).connect(context.destination);
        osc.start(now + i * 0.35);
        osc.stop(now + i * 0.35 + 0.32);
    }
    await new Promise(r => setTimeout(r, 750));
}

/**
 * Announcements one at a time: each waits for the one before it to finish, so two calls are never
 * spoken over each other.
 */
export class AnnouncementQueue {
    private tail: Promise<void> = Promise.resolve();

    constructor(private readonly announce: (text: string) => Promise<void>) {}

    push(text: string): Promise<void> {
        this.tail = this.tail.then(() => this.announce(text)).catch(() => undefined);
        return this.tail;
    }
}
