import { answerPreflight, receiveSubmission } from '@/form-host/form-endpoint'

// STAND-IN: the hosted form service, mounted in the example app so its tests can reach it. Your
// statically exported site has no such route: a static export leaves a POST handler out, and its
// URL answers 404. The form posts to the service's own URL instead.
export async function POST(request: Request, { params }: { params: Promise<{ form: string }> }) {
  return receiveSubmission(request, (await params).form)
}

export function OPTIONS() {
  return answerPreflight()
}
