const meta = { index: 'Introduction', article: 'An article' }

export default meta
