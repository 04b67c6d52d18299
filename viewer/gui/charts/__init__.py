"""The Views tab and its charts: the timeline, the credits matrix, the storyline map, and saving
them as images.
"""
