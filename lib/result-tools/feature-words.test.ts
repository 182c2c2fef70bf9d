import { describe, expect, it } from 'vitest'
import { featureWords, readFeatureWords } from './feature-words'

describe('what a feature name becomes in paths and identifiers', () => {
  it('splits words on spaces, punctuation and camel case, in lower case', () => {
    expect(featureWords('Project invites')).toEqual(['project', 'invites'])
    expect(featureWords('project-invites')).toEqual(['project', 'invites'])
    expect(featureWords('projectInvites')).toEqual(['project', 'invites'])
    expect(featureWords('  team_replies v2 ')).toEqual(['team', 'replies', 'v2'])
  })

  it('takes markup out whole, not as words', () => {
    expect(readFeatureWords('<img src=x onerror="alert(1)"> invites')).toEqual({
      words: ['invites'],
      leftOut: ['markup'],
    })
    expect(featureWords('<b>project</b> invites')).toEqual(['project', 'invites'])
    expect(featureWords('R&amp;D&nbsp;requests')).toEqual(['r', 'd', 'requests'])
  })

  it('spells accented and other Latin letters in a–z', () => {
    expect(featureWords('Café orders')).toEqual(['cafe', 'orders'])
    expect(featureWords('Straße')).toEqual(['strasse'])
    expect(featureWords('Æble søknader')).toEqual(['aeble', 'soknader'])
    expect(featureWords('Łódź œuvres')).toEqual(['lodz', 'oeuvres'])
  })

  it('transliterates Greek and Cyrillic letters', () => {
    expect(featureWords('Заявки')).toEqual(['zayavki'])
    expect(featureWords('Щука Їжак')).toEqual(['shchuka', 'yizhak'])
    expect(featureWords('Παραγγελίες')).toEqual(['paraggelies'])
  })

  it('leaves out what has no spelling in a–z, and says what', () => {
    expect(readFeatureWords('日本語 invites')).toEqual({ words: ['invites'], leftOut: ['日本語'] })
    expect(readFeatureWords('<i>注文</i> 🚀 orders')).toEqual({
      words: ['orders'],
      leftOut: ['markup', '注文', '🚀'],
    })
    expect(readFeatureWords('日本語')).toEqual({ words: [], leftOut: ['日本語'] })
  })

  it('gives only words made of a–z and 0–9', () => {
    const inputs = ['<script>x</script>é', '../../etc/passwd', 'a\u0000b', 'ﬁle ＡＢＣ', 'İstanbul']
    for (const input of inputs) {
      for (const word of featureWords(input)) expect(word, input).toMatch(/^[a-z0-9]+$/)
    }
    expect(featureWords('ﬁle ＡＢＣ')).toEqual(['file', 'abc'])
    expect(featureWords('İstanbul')).toEqual(['istanbul'])
  })
})
