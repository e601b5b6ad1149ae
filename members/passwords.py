"""Password rules whose messages read in the visitor's language.

Django 5.2 changed the wording key of its length rule (``%d`` where it had
``%(min_length)d``) and its Arabic catalogue still has only the old one: a missing Arabic
string falls back to ``LANGUAGE_CODE``, so Arabic visitors read that error in French while
the other rules speak Arabic. Ours is written in French like every string of the site and
translated in ``locale/``, whatever Django's catalogues hold.
"""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        # Left with its placeholder: ``validate`` passes ``min_length`` as a parameter.
        return ngettext(
            "Ce mot de passe est trop court : il faut au moins %(min_length)d caractère.",
            "Ce mot de passe est trop court : il faut au moins %(min_length)d caractères.",
            self.min_length,
        )
