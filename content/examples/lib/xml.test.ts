import { describe, expect, it } from 'vitest'
import { escapeXml } from './xml'

describe('escapeXml', () => {
  it('writes markup characters as character references', () => {
    expect(escapeXml(`<b>Tom & "Jerry's"</b>`)).toBe('&#60;b&#62;Tom &#38; &#34;Jerry&#39;s&#34;&#60;/b&#62;')
  })

  it('drops characters XML 1.0 cannot hold at all, and keeps tabs, line breaks and emoji', () => {
    expect(escapeXml('bell\u0007 back\u0008space\u0000')).toBe('bell backspace')
    expect(escapeXml('\uFFFE\uFFFFlone \uD800surrogate')).toBe('lone surrogate')
    expect(escapeXml('tab\tline\nreturn\r café 🚀')).toBe('tab\tline\nreturn\r café 🚀')
  })
})
