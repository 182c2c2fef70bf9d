/** The Open Graph preview card (1200×630) of a page, as SVG that resvg turns into a PNG at build time. */
export const cardWidth = 1200
export const cardHeight = 630

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Greedy word wrap by character count; the last line ends with "…" when the text does not fit. */
export function wrapText(text: string, charactersPerLine: number, maxLines: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= charactersPerLine)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`
  return kept
}

export type Card = { kicker: string; title: string; answer?: string }

export function cardSvg({ kicker, title, answer }: Card): string {
  // DejaVu Sans Bold is about 0.62em a character: 26 characters at 58px fill the 1040px text column.
  const lines = (text: string, perLine: number, maxLines: number, lineHeight: number) =>
    wrapText(text, perLine, maxLines)
      .map((line, index) => `<tspan x="80" dy="${index === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`)
      .join('')
  const titleText = lines(title, 26, 3, 70)
  const answerText = answer
    ? `<text x="80" y="500" font-size="34" font-weight="700" fill="#93c5fd">${lines(`Answer: ${answer}`, 48, 2, 44)}</text>`
    : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" viewBox="0 0 ${cardWidth} ${cardHeight}">
  <rect width="100%" height="100%" fill="#0f172a"/>
  <rect x="80" y="70" width="60" height="18" rx="4" fill="#3b82f6" opacity="0.5"/>
  <rect x="80" y="106" width="60" height="18" rx="4" fill="#3b82f6"/>
  <text x="160" y="118" font-size="34" font-weight="700" fill="#f8fafc">Next Boundaries</text>
  <text x="80" y="220" font-size="30" fill="#cbd5e1">${escapeXml(kicker)}</text>
  <text x="80" y="290" font-size="58" font-weight="700" fill="#f8fafc">${titleText}</text>
  ${answerText}
</svg>`
}
