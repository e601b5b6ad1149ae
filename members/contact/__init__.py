"""Messages the public sends through the contact page: the form, the coordination's and
the référents' inbox, and the « traité » status."""
