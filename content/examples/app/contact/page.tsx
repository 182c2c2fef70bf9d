import { ActionForm } from '@/components/action-form'
import { sendContactMessage } from './actions'

export default function ContactPage() {
  return (
    <>
      <h1>Contact us</h1>
      <ActionForm action={sendContactMessage} label="Contact">
        <label>
          Name <input name="name" required />
        </label>
        <label>
          Email <input name="email" type="email" required />
        </label>
        <label>
          Message <textarea name="message" required minLength={10} />
        </label>
        {/* The honeypot: hidden from people and from assistive technology, filled by bots. */}
        <input
          name="website"
          tabIndex={-1}
          autoComplete="off"
          aria-hidden="true"
          style={{ display: 'none' }}
        />
        <button type="submit">Send</button>
      </ActionForm>
    </>
  )
}
