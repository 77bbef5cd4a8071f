"""Eyes-free guidance: the Qt side of the cues. `CuePlayer` plays what `kneecare.core.cues` decides, with
QtMultimedia sounds and a QtTextToSpeech voice. Import it only after the window is shown: QtMultimedia
and QtTextToSpeech are not on the start path."""
