import { SearchBox } from './search-box'

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <SearchBox />
    </>
  )
}
