import { NewsletterForm } from './newsletter-form'

// Static: nothing here reads the request, so next build writes it out as plain HTML.
export default function NewsletterPage() {
  return (
    <>
      <h1>Our newsletter</h1>
      <NewsletterForm />
    </>
  )
}
